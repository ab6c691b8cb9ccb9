package dev.gavel.room;

import java.util.List;

/**
 * The sessions of a room that are over, whose notes and report are there to read: a session at
 * least one topic of which ran, that is not running now, and that has nothing left to run or has
 * been followed by another session. A break between two topics of a session is not its end.
 */
public final class SessionsOver {

  private SessionsOver() {}

  public static List<Agenda.Session> of(Room room, Agenda agenda) {
    return agenda.sessions().stream().filter(session -> isOver(session, room)).toList();
  }

  private static boolean isOver(Agenda.Session session, Room room) {
    List<TopicId> topics = session.topics().stream().map(Topic::id).toList();
    boolean ran = topics.stream().anyMatch(room.done()::contains);
    boolean running = room.running() != null && topics.contains(room.running().topic().id());
    if (!ran || running) {
      return false;
    }
    boolean moved = room.session() != null && !room.session().equals(session.id());
    return moved || room.finished().containsAll(topics);
  }
}
