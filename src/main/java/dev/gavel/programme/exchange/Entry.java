package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.TopicPlan;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A topic as a reader found it, before rooms and sessions are worked out.
 *
 * @param room the room's name as the file spells it
 * @param session the session the file names for it (only CSV does), or null to group by time
 * @param where how to point a person at it in a message: {@code event "X" (guid …)}, {@code line 7}
 */
record Entry(String room, String session, TopicPlan topic, String where) {

  /** What every format says about a topic; the fields a reader fills in. */
  record Fields(
      String key,
      String title,
      List<String> presenters,
      String category,
      Duration budget,
      String abstractText,
      OffsetDateTime startsAt) {}

  /**
   * Builds the topic, its start shown in the event's zone so that the same instant read from two
   * formats gives equal plans; a rule the topic breaks becomes an {@link ImportException} naming it.
   */
  static Entry of(String room, String session, Fields fields, ZoneId zone, String where) {
    if (fields.title() == null || fields.title().isBlank()) {
      throw new ImportException(where + " has no title");
    }
    OffsetDateTime start =
        fields.startsAt() == null
            ? null
            : fields.startsAt().atZoneSameInstant(zone).toOffsetDateTime();
    try {
      TopicPlan topic =
          new TopicPlan(
              fields.key(),
              fields.title(),
              fields.presenters(),
              fields.category(),
              fields.budget(),
              null,
              null,
              fields.abstractText(),
              start,
              List.of());
      return new Entry(room, session, topic, where);
    } catch (IllegalArgumentException e) {
      throw new ImportException(where + ": " + e.getMessage(), e);
    }
  }
}
