package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.Listing;
import java.time.Duration;
import java.util.List;

/**
 * A topic as a reader found it, before the event's zone, rooms and sessions are worked out. Any
 * field may be missing: {@link PlanAssembly} takes the item with an adjustment it reports.
 *
 * @param room the room's name as the file spells it, or null when it names none
 * @param session the session the file names for it (only CSV does), or null to group by time
 * @param where how to point a person at it in a message: {@code event "X" (guid …)}, {@code line 7}
 */
record Entry(String room, String session, Fields fields, String where) {

  /**
   * What every format says about a topic; the fields a reader fills in.
   *
   * @param key its id in the file, or null when it has none
   * @param title null or blank when the file gives none
   * @param budget null when the file gives no end or length, or no positive one
   * @param start null when unscheduled
   */
  record Fields(
      String key,
      String title,
      List<String> presenters,
      String category,
      Duration budget,
      String abstractText,
      When start,
      Listing listing) {}
}
