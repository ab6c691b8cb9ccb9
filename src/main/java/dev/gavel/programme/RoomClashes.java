package dev.gavel.programme;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two topics planned at one time in one room: an import that put a file's talk on top of one
 * already there, two talks a file gave the same slot, or an organiser's slip. Each stays where it
 * is until the organiser moves one; the organiser's pages list them.
 */
public final class RoomClashes {

  private RoomClashes() {}

  /** A topic where and when it runs, with the ids its links need. */
  public record Slot(
      long topicId, long sessionId, String title, OffsetDateTime start, OffsetDateTime end) {}

  /**
   * @param first the one that starts first (of two at the same start, the first in the room's
   *     order)
   */
  public record Clash(Programme.Room room, Slot first, Slot second) {}

  /** Every clash of the programme, room by room in the programme's order, each in time order. */
  public static List<Clash> in(Programme programme) {
    List<Clash> clashes = new ArrayList<>();
    for (Programme.Room room : programme.rooms()) {
      List<Slot> slots = new ArrayList<>(slots(room));
      slots.sort(Comparator.comparing(Slot::start));
      for (int i = 0; i < slots.size(); i++) {
        Slot first = slots.get(i);
        for (int j = i + 1; j < slots.size() && slots.get(j).start().isBefore(first.end()); j++) {
          clashes.add(new Clash(room, first, slots.get(j)));
        }
      }
    }
    return clashes;
  }

  /** The room's scheduled topics at their times, as the room runs them. */
  private static List<Slot> slots(Programme.Room room) {
    List<Slot> slots = new ArrayList<>();
    for (Programme.Session session : room.sessions()) {
      if (session.startsAt() == null) {
        continue;
      }
      List<OffsetDateTime> starts =
          Timetable.starts(
              session.startsAt(), session.topics().stream().map(Programme::plan).toList());
      for (int i = 0; i < starts.size(); i++) {
        Programme.Topic topic = session.topics().get(i);
        slots.add(
            new Slot(
                topic.id(),
                session.id(),
                topic.title(),
                starts.get(i),
                starts.get(i).plus(topic.budget())));
      }
    }
    return slots;
  }
}
