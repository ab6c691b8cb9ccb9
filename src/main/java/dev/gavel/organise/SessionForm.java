package dev.gavel.organise;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import dev.gavel.programme.EventPlan;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A session's title, times and moderator. Times are typed in the event's time zone, as the
 * organiser reads them on the event's own programme.
 */
record SessionForm(String title, LocalDateTime start, LocalDateTime end, String moderator) {

  static Checked<SessionForm> check(Map<String, String> form) {
    Check check = new Check(form);
    String title = check.text("title", "The title", true, 200);
    LocalDateTime start = check.dateTime("start", "The start", false);
    LocalDateTime end = check.dateTime("end", "The end", false);
    String moderator = check.text("moderator", "The moderator's name", false, 100);
    if (check.fine("start") && check.fine("end")) {
      if (start == null && end != null) {
        check.fail("start", "A session with an end needs a start too.");
      } else if (start != null && end == null) {
        check.fail("end", "A session with a start needs an end too.");
      } else if (start != null && !end.isAfter(start)) {
        check.fail("end", "The end must be after the start.");
      }
    }
    return Checked.of(check, () -> new SessionForm(title, start, end, moderator));
  }

  /** The session to store; its stakeholders and topics are kept by the store as they are. */
  EventPlan.SessionPlan plan(String key, ZoneId zone) {
    return new EventPlan.SessionPlan(
        key,
        title,
        start == null ? null : start.atZone(zone).toOffsetDateTime(),
        end == null ? null : end.atZone(zone).toOffsetDateTime(),
        moderator,
        List.of(),
        List.of());
  }
}
