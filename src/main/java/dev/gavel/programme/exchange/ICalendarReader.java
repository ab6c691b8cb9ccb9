package dev.gavel.programme.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads an iCalendar feed such as Indico's (the tool behind Linux Plumbers) with ical4j. Each
 * VEVENT is a topic: SUMMARY the title, UID the key, DTSTART and DTEND (or DURATION) its time and
 * budget, LOCATION its room ("Unassigned" when it has none, so the topic is kept where the
 * organiser will see it), CATEGORIES' first value its category, DESCRIPTION its abstract after the
 * "Speakers: A (Org), B" line Indico writes, which gives the presenters ({@link Speakers}).
 *
 * <p>Times with a TZID use the file's VTIMEZONE (or the zone database), UTC times stay UTC, and
 * floating times are in the event's zone: the options', else X-WR-TIMEZONE, else UTC. The event's
 * slug and title come from X-WR-CALNAME. All-day and cancelled events are skipped and reported.
 */
final class ICalendarReader {

  /** Where an event without a LOCATION goes. */
  static final String NO_ROOM = "Unassigned";

  private ICalendarReader() {}

  static Imported read(byte[] body, ImportOptions options) {
    String text = new String(body, StandardCharsets.UTF_8);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      throw new ImportException("not an iCalendar file: it does not begin with BEGIN:VCALENDAR");
    }
    Calendar calendar = parse(text);
    String name = value(calendar, "X-WR-CALNAME").orElse(null);
    ZoneId zone =
        Times.zone(options, value(calendar, "X-WR-TIMEZONE").orElse(null), "the calendar");
    Draft.Builder draft = new Draft.Builder();
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    for (VEvent event : events) {
      event(event, zone, draft);
    }
    return PlanAssembly.assemble(draft.build(name, name, zone), options);
  }

  private static Calendar parse(String text) {
    try {
      return new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      throw new ImportException(
          "the iCalendar file is malformed at line " + e.getLineNo() + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new ImportException("the iCalendar file could not be read: " + e.getMessage(), e);
    }
  }

  private static void event(VEvent event, ZoneId zone, Draft.Builder draft) {
    String title = value(event, Property.SUMMARY).orElse(null);
    String uid = value(event, Property.UID).orElse(null);
    String where =
        (title == null ? "an event" : "event \"" + title + "\"")
            + " (UID "
            + (uid == null ? "missing" : uid)
            + ")";
    Temporal start = date(event, Property.DTSTART, where);
    if (start == null) {
      throw new ImportException(where + " has no DTSTART");
    }
    if (start instanceof LocalDate day) {
      draft.skip(new Skipped(title + ", " + day, "an all-day event, not a topic"));
      return;
    }
    OffsetDateTime startsAt = offset(start, zone);
    if (value(event, Property.STATUS).map(s -> s.equalsIgnoreCase("CANCELLED")).orElse(false)) {
      draft.skip(new Skipped(title + ", " + Times.local(startsAt, zone), "cancelled"));
      return;
    }
    if (uid == null || uid.isBlank()) {
      throw new ImportException(where + " has no UID");
    }
    Speakers speakers = Speakers.read(value(event, Property.DESCRIPTION).orElse(null));
    var fields =
        new Entry.Fields(
            uid.strip(),
            title,
            speakers.names(),
            value(event, Property.CATEGORIES).map(ICalendarReader::firstCategory).orElse(null),
            budget(event, start, zone, where),
            speakers.rest(),
            startsAt);
    String room = value(event, Property.LOCATION).filter(s -> !s.isBlank()).orElse(NO_ROOM);
    draft.add(Entry.of(room.strip(), null, fields, zone, where));
  }

  private static Duration budget(VEvent event, Temporal start, ZoneId zone, String where) {
    Temporal end = date(event, Property.DTEND, where);
    Duration budget;
    if (end != null) {
      budget = Duration.between(offset(start, zone), offset(end, zone));
    } else {
      Optional<net.fortuna.ical4j.model.property.Duration> length =
          event.getProperty(Property.DURATION);
      budget = length.map(d -> duration(d.getDuration())).orElse(Duration.ZERO);
    }
    return Times.positive(budget, where, budget.toString());
  }

  /** iCalendar durations count weeks, days and time, never months: a Period is whole days. */
  private static Duration duration(TemporalAmount amount) {
    return amount instanceof Period period
        ? Duration.ofDays(period.getDays())
        : Duration.from(amount);
  }

  private static Temporal date(VEvent event, String name, String where) {
    try {
      Optional<DateProperty<Temporal>> property = event.getProperty(name);
      return property.map(DateProperty::getDate).orElse(null);
    } catch (RuntimeException e) {
      throw new ImportException(where + " has a " + name + " that is not a date and time", e);
    }
  }

  /** A start or end as an offset time: floating times are in the event's zone. */
  private static OffsetDateTime offset(Temporal time, ZoneId zone) {
    return switch (time) {
      case OffsetDateTime offset -> offset;
      case ZonedDateTime zoned -> zoned.toOffsetDateTime();
      case Instant instant -> instant.atOffset(ZoneOffset.UTC);
      case LocalDateTime floating -> floating.atZone(zone).toOffsetDateTime();
      case LocalDate day -> day.atStartOfDay(zone).toOffsetDateTime();
      default -> throw new ImportException("a time of an unknown kind: " + time);
    };
  }

  private static String firstCategory(String categories) {
    StringBuilder first = new StringBuilder();
    for (int i = 0; i < categories.length(); i++) {
      char c = categories.charAt(i);
      if (c == '\\' && i + 1 < categories.length()) {
        first.append(categories.charAt(++i));
      } else if (c == ',') {
        break;
      } else {
        first.append(c);
      }
    }
    return first.toString();
  }

  private static Optional<String> value(PropertyContainer container, String name) {
    Optional<Property> property = container.getProperty(name.toUpperCase(Locale.ROOT));
    return property.map(Property::getValue);
  }
}
