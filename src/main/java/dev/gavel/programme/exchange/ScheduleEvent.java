package dev.gavel.programme.exchange;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An event of a frab or pretalx schedule, its fields as the file spells them (any may be null):
 * the two formats share their fields and so their rules.
 *
 * <ul>
 *   <li>key: {@code guid}, else {@code id}; an event with neither is an error.
 *   <li>persons → presenters in order; track → category; duration → budget; {@code abstract},
 *       else {@code description} → abstract.
 *   <li>start: {@code date} (ISO-8601 with an offset) when present, else the day's date and
 *       {@code start} (HH:MM) in the event's zone.
 *   <li>An event whose {@code type} is a break ("break", "lunch", "coffee", in any case and as a
 *       word of it, "Coffee break") is skipped and reported, not imported.
 * </ul>
 *
 * @param room the room it is in: the enclosing room's name, else its own {@code room} field
 * @param dayDate the date of the day it is listed under, or null
 * @param line where it is in the file ({@code ", line 12"}), or empty when the format has none
 */
record ScheduleEvent(
    String guid,
    String id,
    String title,
    String type,
    String date,
    String dayDate,
    String start,
    String duration,
    String room,
    String track,
    String abstractText,
    String description,
    List<String> persons,
    String line) {

  private static final Set<String> BREAKS = Set.of("break", "lunch", "coffee");

  /** Adds the event to the draft as a topic, or as skipped when it is a break. */
  void addTo(Draft.Builder draft, ZoneId zone) {
    String where = where();
    String key = PlanAssembly.firstText(guid, id);
    if (key == null) {
      throw new ImportException(where + " has neither a guid nor an id");
    }
    if (room == null || room.isBlank()) {
      throw new ImportException(where + " is in no room");
    }
    OffsetDateTime startsAt = startsAt(zone, where);
    if (isBreak()) {
      draft.skip(
          new Skipped(
              PlanAssembly.firstText(title, type)
                  + ", "
                  + startsAt.toLocalDate()
                  + " "
                  + Times.timeOfDay(startsAt, zone),
              "a break, not a topic"));
      return;
    }
    var fields =
        new Entry.Fields(
            key.strip(),
            title,
            persons,
            track,
            Times.duration(duration, where),
            PlanAssembly.firstText(abstractText, description),
            startsAt);
    draft.add(Entry.of(room.strip(), null, fields, zone, where));
  }

  private OffsetDateTime startsAt(ZoneId zone, String where) {
    if (date != null && !date.isBlank()) {
      return Times.dateTime(date, zone, where);
    }
    if (dayDate == null || start == null || start.isBlank()) {
      throw new ImportException(where + " has no start: neither a date nor a day and a start");
    }
    return Times.dateAndTime(dayDate, start, zone, where);
  }

  private boolean isBreak() {
    return type != null
        && Arrays.stream(type.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).anyMatch(BREAKS::contains);
  }

  /** {@code event "Title" (guid …, line 12)}: what a person searches the file for. */
  private String where() {
    String named = title == null || title.isBlank() ? "an event" : "event \"" + title.strip() + "\"";
    String ids = guid != null ? "guid " + guid : id != null ? "id " + id : "no guid";
    return named + " (" + ids + line + ")";
  }
}
