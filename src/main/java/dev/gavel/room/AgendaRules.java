package dev.gavel.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that move the room along its programme: start a topic, skip one, end the session. Part
 * of {@link RoomRules}, kept apart because they are the ones that read the agenda.
 */
final class AgendaRules {

  private AgendaRules() {}

  static Decision startTopic(Room room, Optional<TopicId> named, Instant now, Agenda agenda) {
    Optional<Topic> target = namedOrNext(room, named, agenda);
    if (target.isEmpty()) {
      return Decision.refuse(
          named
              .map(AgendaRules::unknownTopic)
              .orElse("every topic in this room's programme is done"));
    }
    if (target.get().id().equals(room.topicId().orElse(null))) {
      return Decision.refuse("that topic is already running");
    }
    List<RoomEvent> events = new ArrayList<>();
    room.topicId().ifPresent(id -> events.add(new RoomEvent.TopicEnded(now, id)));
    events.add(new RoomEvent.TopicStarted(now, target.get()));
    return new Decision.Accepted(events);
  }

  /** The named topic, or the one up next: neither finished nor running. */
  private static Optional<Topic> namedOrNext(Room room, Optional<TopicId> named, Agenda agenda) {
    return named.isPresent()
        ? agenda.find(named.get())
        : agenda.next(room.finished(), room.topicId());
  }

  private static String unknownTopic(TopicId id) {
    return "there is no topic " + id + " in this room's programme";
  }

  static Decision skipTopic(Room room, Optional<TopicId> named, Instant now, Agenda agenda) {
    Optional<Topic> target = namedOrNext(room, named, agenda);
    if (target.isEmpty()) {
      return Decision.refuse(
          named.map(AgendaRules::unknownTopic).orElse("no topic is left to skip"));
    }
    TopicId id = target.get().id();
    if (id.equals(room.topicId().orElse(null))) {
      return Decision.refuse("that topic is running: end it instead");
    }
    if (room.done().contains(id)) {
      return Decision.refuse("that topic has run already");
    }
    if (room.skipped().contains(id)) {
      return Decision.refuse("that topic is skipped already");
    }
    return Decision.accept(new RoomEvent.TopicSkipped(now, id));
  }

  /**
   * Ends the session the room is in ({@link RoomRules#currentSession}): the running topic ends, and
   * the session's topics that have not run are skipped. Refused when there is nothing left to end,
   * so a second tap does not end the session after it.
   */
  static Decision endSession(Room room, Instant now, Agenda agenda) {
    Optional<SessionId> current = RoomRules.currentSession(room, agenda);
    if (current.isEmpty()) {
      return Decision.refuse("this room has no session to end");
    }
    Set<TopicId> finished = room.finished();
    Optional<TopicId> running = room.topicId();
    List<TopicId> notRun =
        agenda.session(current.get()).map(Agenda.Session::topics).orElse(List.of()).stream()
            .map(Topic::id)
            .filter(id -> !finished.contains(id) && !id.equals(running.orElse(null)))
            .toList();
    if (running.isEmpty() && notRun.isEmpty()) {
      return Decision.refuse("this session is over already: every topic has run or was skipped");
    }
    List<RoomEvent> events = new ArrayList<>();
    running.ifPresent(id -> events.add(new RoomEvent.TopicEnded(now, id)));
    events.add(new RoomEvent.SessionEnded(now, current.get(), notRun));
    return new Decision.Accepted(events);
  }
}
