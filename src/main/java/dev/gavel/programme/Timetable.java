package dev.gavel.programme;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When each topic of a programme runs: at its own planned start, or else right after the topic
 * before it (its start plus its budget), the first one at its session's start. Unscheduled sessions
 * have no place here. Exports write it; the overlap and clash checks read it.
 */
public final class Timetable {

  private Timetable() {}

  /** A topic at its time, in its room and session. */
  public record Slot(
      EventPlan.RoomPlan room,
      EventPlan.SessionPlan session,
      EventPlan.TopicPlan topic,
      OffsetDateTime start,
      OffsetDateTime end) {

    public boolean overlaps(Slot other) {
      return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /**
     * The topic's key, or one derived from its room and start when it has none (a topic made in
     * Gavel): stable across exports of the same plan, unique as no two topics share a room and a
     * start.
     */
    public String key() {
      return topic.key() != null ? topic.key() : room.slug() + "@" + start.toInstant();
    }
  }

  /** Every scheduled topic, room by room, session by session, in running order. */
  public static List<Slot> of(EventPlan plan) {
    List<Slot> slots = new ArrayList<>();
    for (EventPlan.RoomPlan room : plan.rooms()) {
      for (EventPlan.SessionPlan session : room.sessions()) {
        if (session.startsAt() == null) {
          continue;
        }
        List<OffsetDateTime> starts = starts(session.startsAt(), session.topics());
        for (int i = 0; i < starts.size(); i++) {
          EventPlan.TopicPlan topic = session.topics().get(i);
          slots.add(
              new Slot(room, session, topic, starts.get(i), starts.get(i).plus(topic.budget())));
        }
      }
    }
    return List.copyOf(slots);
  }

  /** When each topic starts: its own start, else where the one before it ends. */
  public static List<OffsetDateTime> starts(
      OffsetDateTime sessionStart, List<EventPlan.TopicPlan> topics) {
    List<OffsetDateTime> starts = new ArrayList<>();
    OffsetDateTime next = sessionStart;
    for (EventPlan.TopicPlan topic : topics) {
      OffsetDateTime start = topic.startsAt() != null ? topic.startsAt() : next;
      starts.add(start);
      next = start.plus(topic.budget());
    }
    return starts;
  }
}
