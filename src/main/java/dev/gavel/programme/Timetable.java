package dev.gavel.programme;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When each topic of a programme runs: at its own planned start, or else right after the topic
 * before it, the first one at its session's start. Topics of unscheduled sessions have no time
 * and are left out.
 */
public final class Timetable {

  private Timetable() {}

  /** A topic at its time in its room. */
  public record Slot(
      EventPlan.RoomPlan room,
      EventPlan.SessionPlan session,
      EventPlan.TopicPlan topic,
      OffsetDateTime start,
      OffsetDateTime end) {

    public boolean overlaps(Slot other) {
      return start.isBefore(other.end) && other.start.isBefore(end);
    }
  }

  public static List<Slot> of(EventPlan plan) {
    List<Slot> slots = new ArrayList<>();
    for (EventPlan.RoomPlan room : plan.rooms()) {
      for (EventPlan.SessionPlan session : room.sessions()) {
        OffsetDateTime next = session.startsAt();
        for (EventPlan.TopicPlan topic : session.topics()) {
          OffsetDateTime start = topic.startsAt() != null ? topic.startsAt() : next;
          if (start == null) {
            continue;
          }
          OffsetDateTime end = start.plus(topic.budget());
          slots.add(new Slot(room, session, topic, start, end));
          next = end;
        }
      }
    }
    return slots;
  }
}
