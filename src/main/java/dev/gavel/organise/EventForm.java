package dev.gavel.organise;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import dev.gavel.html.TimeWords;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Pacing;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * The event form: a new event has a slug; an existing one keeps its own (it is in every link). An
 * existing event also sets its pacing: a speaker's turn and the timer's thresholds, blank for
 * Gavel's own.
 *
 * @param slug null when editing an event
 * @param turn the speaker's turn; the default for a new event, and for a blank field
 * @param cues the event's thresholds; none set for a new event
 */
record EventForm(
    String slug, String title, int slideLimit, ZoneId timeZone, Duration turn, CueTimes cues) {

  static final int DEFAULT_SLIDE_LIMIT = 3;

  static Checked<EventForm> forNew(Map<String, String> form) {
    Check check = new Check(form);
    String slug = check.slug("slug", "The slug");
    String title = check.text("title", "The title", true, 200);
    Integer slideLimit = check.number("slideLimit", "The slide limit", true, 1, 99);
    ZoneId zone = check.zone("timeZone", "The time zone");
    return Checked.of(
        check,
        () -> new EventForm(slug, title, slideLimit, zone, Pacing.DEFAULT_TURN, CueTimes.NONE));
  }

  static Checked<EventForm> forEdit(Map<String, String> form) {
    Check check = new Check(form);
    String title = check.text("title", "The title", true, 200);
    Integer slideLimit = check.number("slideLimit", "The slide limit", true, 1, 99);
    ZoneId zone = check.zone("timeZone", "The time zone");
    Duration turn =
        check.minutesSeconds(
            "turn", "A speaker's turn", false, Pacing.SHORTEST_TURN, Pacing.LONGEST_TURN);
    CueTimes cues = cues(check, null);
    return Checked.of(
        check,
        () ->
            new EventForm(
                null, title, slideLimit, zone, turn == null ? Pacing.DEFAULT_TURN : turn, cues));
  }

  /**
   * The warning and danger fields of the event's or a topic's form, each blank for the level
   * above's; both shorter than {@code topic} when it is a topic's.
   *
   * @param topic the topic's length, or null for the event's form
   */
  static CueTimes cues(Check check, Duration topic) {
    Duration warning =
        check.minutesSeconds("warning", "The warning", false, Duration.ZERO, CueTimes.LONGEST);
    Duration danger =
        check.minutesSeconds("danger", "The danger", false, Duration.ZERO, CueTimes.LONGEST);
    if (topic != null) {
      shorter(check, "warning", "The warning", warning, topic);
      shorter(check, "danger", "The danger", danger, topic);
    }
    if (warning != null && danger != null && warning.compareTo(danger) < 0) {
      check.fail(
          "warning",
          "The warning ("
              + TimeWords.minutesSeconds(warning)
              + ") cannot come after the danger ("
              + TimeWords.minutesSeconds(danger)
              + "): it is as long or longer.");
    }
    return check.fine("warning") && check.fine("danger")
        ? new CueTimes(warning, danger)
        : CueTimes.NONE;
  }

  private static void shorter(
      Check check, String field, String label, Duration threshold, Duration topic) {
    if (threshold != null && threshold.compareTo(topic) >= 0) {
      check.fail(
          field,
          label
              + " ("
              + TimeWords.minutesSeconds(threshold)
              + ") must be shorter than the topic ("
              + TimeWords.minutesSeconds(topic)
              + ").");
    }
  }
}
