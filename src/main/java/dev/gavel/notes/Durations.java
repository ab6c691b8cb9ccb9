package dev.gavel.notes;

import java.time.Duration;

/** Durations as people read them on a page: "12 min 30 s", "1 h 5 min", "45 s". */
final class Durations {

  private Durations() {}

  static String words(Duration duration) {
    long seconds = Math.abs(duration.toSeconds());
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    StringBuilder out = new StringBuilder(duration.isNegative() ? "−" : "");
    if (h > 0) {
      out.append(h).append(" h ");
    }
    if (m > 0 || h > 0) {
      out.append(m).append(" min ");
    }
    if (s > 0 || seconds == 0) {
      out.append(s).append(" s");
    }
    return out.toString().strip();
  }

  /** "14:59" style, for tables. */
  static String clock(Duration duration) {
    long seconds = Math.abs(duration.toSeconds());
    return (duration.isNegative() ? "−" : "")
        + (seconds / 60)
        + ":"
        + String.format("%02d", seconds % 60);
  }
}
