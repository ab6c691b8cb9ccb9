package dev.gavel.html;

import dev.gavel.programme.EventSlug;
import dev.gavel.room.ControlCharacters;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a submitted form field by field, noting what is wrong in words a person can act on. Each
 * reader returns null for a missing or wrong value, so a form's checker reads every field (and
 * reports every mistake at once) before deciding.
 */
public final class Check {

  private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,3})(?::([0-5]\\d))?");

  private final Map<String, String> form;
  private final Map<String, String> errors = new LinkedHashMap<>();

  public Check(Map<String, String> form) {
    this.form = form;
  }

  /** One line of stripped text, or null when blank; required text that is blank is an error. */
  public String text(String field, String label, boolean required, int maxLength) {
    return typed(field, label, required, maxLength, false);
  }

  /** Stripped text that may run over several lines and paragraphs, such as an abstract. */
  public String paragraphs(String field, String label, boolean required, int maxLength) {
    return typed(field, label, required, maxLength, true);
  }

  private String typed(
      String field, String label, boolean required, int maxLength, boolean multiLine) {
    String value = form.getOrDefault(field, "").strip();
    if (value.isEmpty()) {
      if (required) {
        fail(field, label + " is required.");
      }
      return null;
    }
    if (value.length() > maxLength) {
      fail(
          field,
          label + " is at most " + maxLength + " characters (this is " + value.length() + ").");
      return null;
    }
    Optional<String> unsafe = ControlCharacters.find(value, multiLine);
    if (unsafe.isPresent()) {
      fail(field, label + " " + unsafe.get() + ".");
      return null;
    }
    return value;
  }

  public String slug(String field, String label) {
    String value = text(field, label, true, 64);
    if (value != null && !EventSlug.isValid(value)) {
      fail(field, label + " is lower-case letters, digits and dashes, such as \"room-a\".");
      return null;
    }
    return value;
  }

  /** A whole number in range, or null when blank and not required. */
  public Integer number(String field, String label, boolean required, int min, int max) {
    String value = text(field, label, required, 12);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // not a number at all: the same message as out of range says what to type
    }
    fail(field, label + " is a whole number from " + min + " to " + max + ".");
    return null;
  }

  /**
   * A short span as a clock shows it, {@code 1:30} (minutes and seconds) or {@code 2} (whole
   * minutes), from {@code min} to {@code max}; null when blank and not required.
   */
  public Duration minutesSeconds(
      String field, String label, boolean required, Duration min, Duration max) {
    String value = text(field, label, required, 12);
    if (value == null) {
      return null;
    }
    Matcher parts = MINUTES_SECONDS.matcher(value);
    if (parts.matches()) {
      Duration span = Duration.ofMinutes(Long.parseLong(parts.group(1)));
      if (parts.group(2) != null) {
        span = span.plusSeconds(Long.parseLong(parts.group(2)));
      }
      if (span.compareTo(min) >= 0 && span.compareTo(max) <= 0) {
        return span;
      }
    }
    fail(
        field,
        label
            + " is minutes and seconds, such as 1:30 (or whole minutes, such as 2), from "
            + TimeWords.minutesSeconds(min)
            + " to "
            + TimeWords.minutesSeconds(max)
            + ".");
    return null;
  }

  public ZoneId zone(String field, String label) {
    String value = text(field, label, true, 64);
    if (value == null) {
      return null;
    }
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      fail(field, "\"" + value + "\" is not a time zone; use a name such as Europe/Berlin.");
      return null;
    }
  }

  /** A {@code datetime-local} value, such as {@code 2026-09-14T09:30}. */
  public LocalDateTime dateTime(String field, String label, boolean required) {
    String value = text(field, label, required, 32);
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      fail(field, label + " is a date and time, such as 2026-09-14T09:30.");
      return null;
    }
  }

  /** One entry per non-blank line. */
  public List<String> lines(String field, String label, int maxEach, int maxCount) {
    List<String> lines =
        Arrays.stream(form.getOrDefault(field, "").split("\\R"))
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
    if (lines.size() > maxCount) {
      fail(field, "At most " + maxCount + " " + label + ", one per line.");
    } else if (lines.stream().anyMatch(line -> line.length() > maxEach)) {
      fail(field, "Each of the " + label + " is at most " + maxEach + " characters.");
    } else {
      lines.stream()
          .flatMap(line -> ControlCharacters.find(line, false).stream())
          .findFirst()
          .ifPresent(problem -> fail(field, "One of the " + label + " " + problem + "."));
    }
    return lines;
  }

  /** One of the given choices, as the form spells them. */
  public String choice(String field, String label, List<String> choices) {
    String value = form.getOrDefault(field, "").strip();
    if (!choices.contains(value)) {
      fail(field, label + " is one of: " + String.join(", ", choices) + ".");
      return null;
    }
    return value;
  }

  /** Notes a mistake; the first one found for a field is the one shown. */
  public void fail(String field, String message) {
    errors.putIfAbsent(field, message);
  }

  public boolean fine(String field) {
    return !errors.containsKey(field);
  }

  public Map<String, String> errors() {
    return errors;
  }
}
