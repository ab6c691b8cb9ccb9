package dev.gavel.html;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them, always in the event's own time zone. */
public final class TimeWords {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

  private TimeWords() {}

  /** "Thu 20 Aug 2015, 09:00–12:30", or "not scheduled yet". */
  public static String span(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
    if (start == null || end == null) {
      return "not scheduled yet";
    }
    var from = start.atZoneSameInstant(zone);
    var to = end.atZoneSameInstant(zone);
    String day = DAY.format(from) + ", " + CLOCK.format(from) + "–";
    return from.toLocalDate().equals(to.toLocalDate())
        ? day + CLOCK.format(to)
        : day + DAY.format(to) + " " + CLOCK.format(to);
  }

  public static String clock(OffsetDateTime instant, ZoneId zone) {
    return CLOCK.format(instant.atZoneSameInstant(zone));
  }

  /** "2:00", "0:30", "12:05": a short span as a clock shows it; empty for none. */
  public static String minutesSeconds(Duration span) {
    if (span == null) {
      return "";
    }
    long seconds = span.toSeconds();
    return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
  }

  /** The value of a {@code datetime-local} input; empty for none. */
  public static String local(OffsetDateTime instant, ZoneId zone) {
    return instant == null ? "" : LOCAL.format(instant.atZoneSameInstant(zone));
  }
}
