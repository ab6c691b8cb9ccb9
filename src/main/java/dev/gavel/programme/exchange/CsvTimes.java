package dev.gavel.programme.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times and lengths as spreadsheets write them.
 *
 * <ul>
 *   <li>Dates: {@code 2026-09-18}, {@code 2026/09/18}, {@code 18.09.2026}, {@code 18/09/2026} (day
 *       first, unless the second number is over 12: {@code 09/18/2026}), the same with a two-digit
 *       year ({@code 18/09/26}, taken as 2026), {@code 18 Sep 2026}, {@code 18 September 2026},
 *       {@code Sep 18, 2026}, each perhaps after a weekday ({@code Friday, 18 September 2026}).
 *   <li>Times: {@code 09:30}, {@code 9:30}, {@code 09:30:00}, {@code 9.30}, {@code 9:30 AM}, {@code
 *       2:30pm}.
 *   <li>A start may hold both, a date then a time ({@code 2026-09-18 09:30}, {@code
 *       2026-09-18T09:30+01:00}).
 *   <li>Lengths: whole minutes ({@code 25}), {@code HH:MM}, {@code 25 min}, {@code 1h}, {@code
 *       1h30}.
 * </ul>
 */
final class CsvTimes {

  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+");
  private static final Pattern SLASHED =
      Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})");
  private static final Pattern CLOCK =
      Pattern.compile("(?i)(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?");
  private static final Pattern HOUR_ONLY = Pattern.compile("(?i)(\\d{1,2})\\s*([ap]\\.?m\\.?)");
  private static final Pattern DATE_AND_TIME = Pattern.compile("(.*?\\d)[ T]+(\\d{1,2}[:.h].*)");
  private static final Pattern LENGTH =
      Pattern.compile("(?i)(?:(\\d+)\\s*h(?:ours?)?)?\\s*(?:(\\d+)\\s*(?:m(?:in(?:utes?)?)?)?)?");
  private static final List<DateTimeFormatter> WORDED =
      List.of(
          formatter("d MMM uuuu"),
          formatter("d MMMM uuuu"),
          formatter("MMM d, uuuu"),
          formatter("MMMM d, uuuu"),
          formatter("MMM d uuuu"),
          formatter("MMMM d uuuu"));

  private CsvTimes() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  static LocalDate date(String text) {
    String value = WEEKDAY.matcher(text.strip()).replaceFirst("");
    Matcher slashed = SLASHED.matcher(value);
    if (slashed.matches()) {
      int first = Integer.parseInt(slashed.group(1));
      int second = Integer.parseInt(slashed.group(2));
      // A two-digit year is this century's: a schedule is for a recent event.
      int year = Integer.parseInt(slashed.group(3)) + (slashed.group(3).length() == 2 ? 2000 : 0);
      return second > 12 ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
    }
    try {
      return LocalDate.parse(value.replace('/', '-'));
    } catch (DateTimeParseException iso) {
      for (DateTimeFormatter format : WORDED) {
        try {
          return LocalDate.parse(value, format);
        } catch (DateTimeParseException next) {
          // the next form may read it
        }
      }
      throw new DateTimeParseException("not a date Gavel reads", text, 0);
    }
  }

  static LocalTime time(String text) {
    String value = text.strip();
    Matcher clock = CLOCK.matcher(value);
    Matcher hour = HOUR_ONLY.matcher(value);
    int hours;
    int minutes = 0;
    int seconds = 0;
    String half;
    if (clock.matches()) {
      hours = Integer.parseInt(clock.group(1));
      minutes = Integer.parseInt(clock.group(2));
      seconds = clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3));
      half = clock.group(4);
    } else if (hour.matches()) {
      hours = Integer.parseInt(hour.group(1));
      half = hour.group(2);
    } else {
      throw new DateTimeParseException("not a time Gavel reads", text, 0);
    }
    if (half != null) {
      boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
      hours = hours % 12 + (pm ? 12 : 0);
    }
    return LocalTime.of(hours, minutes, seconds);
  }

  /** A start cell: a date and a time, ISO-8601 with or without an offset, or the two apart. */
  static When start(String text) {
    try {
      return Times.when(text);
    } catch (DateTimeParseException notIso) {
      Matcher both = DATE_AND_TIME.matcher(text.strip());
      if (!both.matches()) {
        throw notIso;
      }
      return When.floating(LocalDateTime.of(date(both.group(1)), time(both.group(2))));
    }
  }

  /** Whether a start cell holds only a time of day, for a separate date column. */
  static boolean isTimeOnly(String text) {
    return CLOCK.matcher(text.strip()).matches() || HOUR_ONLY.matcher(text.strip()).matches();
  }

  static Duration length(String text, String where) {
    String value = text.strip();
    Matcher length = LENGTH.matcher(value);
    if (length.matches() && (length.group(1) != null || length.group(2) != null)) {
      long hours = length.group(1) == null ? 0 : Long.parseLong(length.group(1));
      long minutes = length.group(2) == null ? 0 : Long.parseLong(length.group(2));
      return Times.positive(Duration.ofHours(hours).plusMinutes(minutes), where, value);
    }
    return Times.duration(value, where);
  }
}
