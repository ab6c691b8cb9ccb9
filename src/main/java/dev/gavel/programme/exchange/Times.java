package dev.gavel.programme.exchange;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    if (duration.isNegative() || duration.isZero()) {
      throw new ImportException("duration must be positive: " + where + " has " + value);
    }
    return duration;
  }

  /** A duration as frab and pretalx write it: {@code HH:MM}. */
  static String clock(Duration duration) {
    return String.format(Locale.ROOT, "%02d:%02d", duration.toHours(), duration.toMinutesPart());
  }

  /** A date and time with an offset, or without one in the given zone. */
  static OffsetDateTime dateTime(String text, ZoneId zone, String where) {
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(value).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        throw new ImportException(
            where
                + " starts at \""
                + value
                + "\", which is not a date and time such as 2026-09-18T09:30",
            e);
      }
    }
  }

  /** A day's date and a local time of day ({@code HH:MM}) in the given zone. */
  static OffsetDateTime dateAndTime(String date, String time, ZoneId zone, String where) {
    try {
      return LocalDate.parse(date.strip())
          .atTime(LocalTime.parse(time.strip()))
          .atZone(zone)
          .toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new ImportException(
          where + " has a start of \"" + date + " " + time + "\" that is not a date and a time", e);
    }
  }

  /** The zone the options give, else the one the file names, else UTC. */
  static ZoneId zone(ImportOptions options, String fileZone, String where) {
    if (options.timeZone() != null) {
      return options.timeZone();
    }
    if (fileZone == null || fileZone.isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(fileZone.strip());
    } catch (DateTimeException e) {
      throw new ImportException(
          where + " names the time zone \"" + fileZone.strip() + "\", which Gavel does not know", e);
    }
  }

  /** How a session without a common track is titled: "Thu 20 Aug 09:00". */
  static String dayAndTime(OffsetDateTime at, ZoneId zone) {
    var local = at.atZoneSameInstant(zone);
    return DAY.format(local) + " " + HOURS_MINUTES.format(local);
  }

  /** "09:30" in the event's zone, as frab's {@code <start>} has it. */
  static String timeOfDay(OffsetDateTime at, ZoneId zone) {
    return HOURS_MINUTES.format(at.atZoneSameInstant(zone));
  }
}
