package dev.gavel.room;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The attention thresholds an event or a topic sets: how much time is left when the timer warns,
 * and when it shows danger. Either may be null, which means "as the level above sets it": a topic's
 * follow its event's, an event's follow the server's.
 *
 * @param warning remaining time at or below which the timer warns, or null
 * @param danger remaining time at or below which it shows danger, or null
 */
public record CueTimes(Duration warning, Duration danger) {

  /** The longest warning or danger anybody may set: an hour before the end. */
  public static final Duration LONGEST = Duration.ofHours(1);

  public static final CueTimes NONE = new CueTimes(null, null);

  public CueTimes {
    List<String> problems = problems(warning, danger);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /**
   * What is wrong with these thresholds on their own, in words for the organiser: each at least 0
   * and at most an hour, and the warning not after the danger.
   */
  public static List<String> problems(Duration warning, Duration danger) {
    List<String> problems = new ArrayList<>();
    for (Duration each : new Duration[] {warning, danger}) {
      if (each != null && (each.isNegative() || each.compareTo(LONGEST) > 0)) {
        problems.add("a threshold is between 0:00 and 60:00 before the end");
        return problems;
      }
    }
    if (warning != null && danger != null && warning.compareTo(danger) < 0) {
      problems.add("the warning cannot come after the danger: it is at least as long");
    }
    return problems;
  }

  /**
   * These thresholds, each left unset taken from {@code below}. A danger that would come before the
   * warning (a topic's short warning under its event's long danger) is pulled down to the warning:
   * the timer never shows danger before it warned.
   */
  public TimerThresholds over(TimerThresholds below) {
    Duration resolvedWarning = warning != null ? warning : below.warning();
    Duration resolvedDanger = danger != null ? danger : below.danger();
    if (resolvedDanger.compareTo(resolvedWarning) > 0) {
      resolvedDanger = resolvedWarning;
    }
    return new TimerThresholds(resolvedWarning, resolvedDanger);
  }
}
