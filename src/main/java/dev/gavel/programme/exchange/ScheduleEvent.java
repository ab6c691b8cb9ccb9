package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.Link;
import dev.gavel.programme.EventPlan.Listing;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An event of a frab or pretalx schedule, its fields as the file spells them (any may be null): the
 * two formats share their fields and so their rules.
 *
 * <ul>
 *   <li>key: {@code guid}, else {@code code} (pretalx), else {@code id}; the numeric {@code id} is
 *       kept as well, and written back by the exports.
 *   <li>persons → presenters in order (their ids kept); track → category; duration → budget; {@code
 *       abstract} → abstract, and {@code description} is kept beside it; without an abstract the
 *       description is the abstract. Subtitle, language, type, url and links are kept.
 *   <li>start: {@code date} (ISO-8601, with an offset or in the event's zone) when present, else
 *       the day's date and {@code start} (HH:MM) in the event's zone.
 *   <li>An event whose {@code type} is a break ("break", "lunch", "coffee", in any case and as a
 *       word of it, "Coffee break") is skipped and reported, not imported; so is one whose start
 *       cannot be read or that has none.
 * </ul>
 *
 * @param room the room it is in: the enclosing room's name, else its own {@code room} field
 * @param dayDate the date of the day it is listed under, or null
 * @param personIds each person's id in the file, by name
 * @param line where it is in the file ({@code ", line 12"}), or empty when the format has none
 */
record ScheduleEvent(
    String guid,
    String id,
    String title,
    String subtitle,
    String type,
    String date,
    String dayDate,
    String start,
    String duration,
    String room,
    String track,
    String language,
    String abstractText,
    String description,
    String url,
    List<String> persons,
    Map<String, String> personIds,
    List<Link> links,
    String line) {

  private static final Set<String> BREAKS =
      Set.of("break", "lunch", "coffee", "breakfast", "dinner");

  /** Adds the event to the draft as a topic, or as skipped when it is a break or has no start. */
  void addTo(Draft.Builder draft) {
    String where = where();
    String named = PlanAssembly.firstText(title, type, "an untitled event");
    When startsAt;
    try {
      startsAt = startsAt();
    } catch (DateTimeParseException e) {
      draft.skip(
          new Skipped(named + " (" + where + ")", "its start cannot be read: " + startText()));
      return;
    }
    if (startsAt == null) {
      draft.skip(new Skipped(named + " (" + where + ")", "it has no start"));
      return;
    }
    // a break needs no key or room: it is only reported
    if (isBreak(type, title, !persons.isEmpty())) {
      draft.skip(new Skipped(named + ", " + startsAt.shown(), "a break, not a topic"));
      return;
    }
    Duration budget = null;
    if (duration != null && !duration.isBlank()) {
      try {
        budget = Times.duration(duration, where);
      } catch (ImportException e) {
        draft.skip(new Skipped(named + ", " + startsAt.shown(), e.getMessage()));
        return;
      }
    }
    String described = PlanAssembly.firstText(abstractText, description);
    Listing listing =
        new Listing(
            subtitle,
            described != null && described.equals(PlanAssembly.firstText(abstractText))
                ? description
                : null,
            language,
            type,
            url,
            links,
            number(id),
            personIds);
    var fields =
        new Entry.Fields(key(), title, persons, track, budget, described, startsAt, listing);
    draft.add(new Entry(room == null || room.isBlank() ? null : room.strip(), null, fields, where));
  }

  private String key() {
    String key = PlanAssembly.firstText(guid, id);
    return key == null ? null : key.strip();
  }

  private static Long number(String id) {
    try {
      long number = id == null ? 0 : Long.parseLong(id.strip());
      return number > 0 ? number : null;
    } catch (NumberFormatException e) {
      return null; // not frab's numeric id: the key keeps it
    }
  }

  private When startsAt() {
    if (date != null && !date.isBlank()) {
      When when = Times.when(date);
      LocalTime clock = clock();
      return when.offset() == null || clock == null ? when : when.showing(clock);
    }
    if (dayDate == null || start == null || start.isBlank()) {
      return null;
    }
    return When.floating(LocalDate.parse(dayDate.strip()).atTime(LocalTime.parse(start.strip())));
  }

  /** The time of day the file shows beside its date, or null when it shows none Gavel reads. */
  private LocalTime clock() {
    try {
      return start == null || start.isBlank() ? null : LocalTime.parse(start.strip());
    } catch (DateTimeParseException e) {
      return null; // the date alone places the event
    }
  }

  private String startText() {
    return date != null && !date.isBlank()
        ? "\"" + date + "\""
        : "\"" + dayDate + " " + start + "\"";
  }

  /**
   * Whether a schedule's item is a break: its type names one, or, when it has neither a type nor
   * people, its title does (wafer gives its meals an empty {@code <type/>}, only a title).
   */
  static boolean isBreak(String type, String title, boolean hasPeople) {
    return isBreak(type) || ((type == null || type.isBlank()) && !hasPeople && isBreak(title));
  }

  /** Whether an item's type or title names a break: "Lunch", "Coffee break", "break". */
  static boolean isBreak(String type) {
    return type != null
        && Arrays.stream(type.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            .anyMatch(BREAKS::contains);
  }

  /** {@code event "Title" (guid …, line 12)}: what a person searches the file for. */
  private String where() {
    String named =
        title == null || title.isBlank() ? "an event" : "event \"" + title.strip() + "\"";
    String ids = guid != null ? "guid " + guid : id != null ? "id " + id : "no guid";
    return named + " (" + ids + line + ")";
  }

  static List<Link> noLinks() {
    return List.of();
  }
}
