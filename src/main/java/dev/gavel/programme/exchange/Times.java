package dev.gavel.programme.exchange;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the formats spell times, durations and zones, read and written in one place. */
final class Times {

  private static final Pattern MINUTES = Pattern.compile("(-?)(\\d{1,5})");
  private static final Pattern CLOCK = Pattern.compile("(-?)(\\d{1,3}):(\\d{2})(?::(\\d{2}))?");
  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private Times() {}

  /**
   * A duration as {@code HH:MM}, {@code HH:MM:SS} or whole minutes ({@code 25}); it must be
   * positive.
   */
  static Duration duration(String text, String where) {
    if (text == null || text.isBlank()) {
      throw new ImportException(where + " has no duration");
    }
    String value = text.strip();
    Duration duration;
    Matcher clock = CLOCK.matcher(value);
    Matcher minutes = MINUTES.matcher(value);
    if (clock.matches()) {
      duration =
          Duration.ofHours(Long.parseLong(clock.group(2)))
              .plusMinutes(Long.parseLong(clock.group(3)))
              .plusSeconds(clock.group(4) == null ? 0 : Long.parseLong(clock.group(4)));
      duration = clock.group(1).isEmpty() ? duration : duration.negated();
    } else if (minutes.matches()) {
      duration = Duration.ofMinutes(Long.parseLong(value));
    } else {
      throw new ImportException(
          where + " has a duration of \"" + value + "\"; Gavel reads HH:MM or whole minutes");
    }
    return positive(duration, where, value);
  }

  /** The duration when it is positive; {@code shown} is how the file spells it. */
  static Duration positive(Duration duration, String where, String shown) {
    if (duration.isNegative() || duration.isZero()) {
      throw new ImportException("duration must be positive: " + where + " has " + shown);
    }
    return duration;
  }

  /** A duration as frab and pretalx write it: {@code HH:MM}. */
  static String clock(Duration duration) {
    return String.format(Locale.ROOT, "%02d:%02d", duration.toHours(), duration.toMinutesPart());
  }

  /**
   * A date and time as ISO-8601, with an offset or without one (a floating time).
   *
   * @throws DateTimeParseException when it is neither
   */
  static When when(String text) {
    String value = text.strip();
    try {
      return When.of(OffsetDateTime.parse(value));
    } catch (DateTimeParseException withoutOffset) {
      return When.floating(LocalDateTime.parse(value));
    }
  }

  /** How a session without a common track is titled: "Thu 20 Aug 09:00". */
  static String dayAndTime(OffsetDateTime at, ZoneId zone) {
    var local = at.atZoneSameInstant(zone);
    return DAY.format(local) + " " + HOURS_MINUTES.format(local);
  }

  /** ISO-8601 with the offset the event's zone has then: {@code 2026-09-18T09:30:00+01:00}. */
  static String iso(OffsetDateTime at, ZoneId zone) {
    return at.atZoneSameInstant(zone)
        .toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** "2026-09-18 12:30" in the event's zone: how a skipped entry is pointed at. */
  static String local(OffsetDateTime at, ZoneId zone) {
    var local = at.atZoneSameInstant(zone);
    return local.toLocalDate() + " " + HOURS_MINUTES.format(local);
  }

  /** "09:30" in the event's zone, as frab's {@code <start>} has it. */
  static String timeOfDay(OffsetDateTime at, ZoneId zone) {
    return HOURS_MINUTES.format(at.atZoneSameInstant(zone));
  }
}
