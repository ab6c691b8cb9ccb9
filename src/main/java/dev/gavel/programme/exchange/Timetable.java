package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheduled part of a plan with every topic at a time: what the exports write and what the
 * overlap check reads. A topic without a start of its own follows the one before it (its start
 * plus its budget), the first one the session's start. Unscheduled sessions have no place here.
 */
final class Timetable {

  /** A topic at its time, in its room and session. */
  record Slot(RoomPlan room, SessionPlan session, TopicPlan topic, OffsetDateTime start) {

    OffsetDateTime end() {
      return start.plus(topic.budget());
    }

    /**
     * The topic's key, or one derived from its room and start when it has none (a topic made in
     * Gavel): stable across exports of the same plan, unique as no two topics share a room and a
     * start.
     */
    String key() {
      return topic.key() != null ? topic.key() : room.slug() + "@" + start.toInstant();
    }
  }

  private Timetable() {}

  /** Every scheduled topic, room by room, session by session, in running order. */
  static List<Slot> of(EventPlan plan) {
    List<Slot> slots = new ArrayList<>();
    for (RoomPlan room : plan.rooms()) {
      for (SessionPlan session : room.sessions()) {
        if (session.startsAt() == null) {
          continue;
        }
        List<OffsetDateTime> starts = starts(session.startsAt(), session.topics());
        for (int i = 0; i < starts.size(); i++) {
          slots.add(new Slot(room, session, session.topics().get(i), starts.get(i)));
        }
      }
    }
    return List.copyOf(slots);
  }

  /** When each topic starts: its own start, else where the one before it ends. */
  static List<OffsetDateTime> starts(OffsetDateTime sessionStart, List<TopicPlan> topics) {
    List<OffsetDateTime> starts = new ArrayList<>();
    OffsetDateTime next = sessionStart;
    for (TopicPlan topic : topics) {
      OffsetDateTime start = topic.startsAt() != null ? topic.startsAt() : next;
      starts.add(start);
      next = start.plus(topic.budget());
    }
    return starts;
  }
}
