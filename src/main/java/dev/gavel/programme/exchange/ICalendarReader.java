package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.Listing;
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
import java.util.Map;
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
 * Reads an iCalendar feed such as Indico's (the tool behind Linux Plumbers) with ical4j, leniently:
 * lines may end in CRLF or LF alone, and folded lines are unfolded first. Each VEVENT is a topic:
 * SUMMARY the title, UID the key, DTSTART and DTEND (or DURATION) its time and budget, LOCATION its
 * room, CATEGORIES' first value its category, URL its page, DESCRIPTION its abstract after the
 * "Speakers: A (Org), B" line Indico writes, which gives the presenters ({@link Speakers}).
 *
 * <p>Times with a TZID use the file's VTIMEZONE (or the zone database), UTC times stay UTC, and
 * floating times are in the event's zone ({@link ZoneChoice}: the options', else X-WR-TIMEZONE,
 * else the zone of the events' TZID, else one inferred from their offsets). The event's slug and
 * title come from X-WR-CALNAME. All-day, cancelled and break events (a SUMMARY or CATEGORIES such
 * as "Lunch" or "Coffee break") are skipped and reported; an event without DTEND or DURATION ends
 * at its start (RFC 5545), which {@link PlanAssembly} adjusts and reports.
 */
final class ICalendarReader {

  private ICalendarReader() {}

  static Imported read(byte[] body, ImportOptions options) {
    String text = new String(body, StandardCharsets.UTF_8);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      throw new ImportException("not an iCalendar file: it does not begin with BEGIN:VCALENDAR");
    }
    Calendar calendar = parse(unfold(text));
    String name = value(calendar, "X-WR-CALNAME").orElse(null);
    Draft.Builder draft = new Draft.Builder();
    String zoneName = value(calendar, "X-WR-TIMEZONE").orElse(null);
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    for (VEvent event : events) {
      String tzid = event(event, draft);
      zoneName = zoneName == null ? tzid : zoneName;
    }
    return PlanAssembly.assemble(draft.build(name, name, zoneName), options);
  }

  /**
   * Lines as RFC 5545 has them (CRLF), folded lines joined: files written with LF alone, or folded
   * by other tools, read like any other.
   */
  static String unfold(String text) {
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replaceAll("\n[ \t]", "")
        .replace("\n", "\r\n");
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

  /** Adds the event to the draft; returns the zone its start names, or null. */
  private static String event(VEvent event, Draft.Builder draft) {
    String title = value(event, Property.SUMMARY).orElse(null);
    String uid = value(event, Property.UID).filter(s -> !s.isBlank()).orElse(null);
    String where =
        (title == null || title.isBlank() ? "an event" : "event \"" + title + "\"")
            + " (UID "
            + (uid == null ? "missing" : uid)
            + ")";
    String named = title == null || title.isBlank() ? "an untitled event" : title.strip();
    Temporal start;
    try {
      start = date(event, Property.DTSTART);
    } catch (RuntimeException e) {
      draft.skip(new Skipped(named + " (" + where + ")", "its DTSTART cannot be read"));
      return null;
    }
    if (start == null) {
      draft.skip(new Skipped(named + " (" + where + ")", "it has no DTSTART"));
      return null;
    }
    if (start instanceof LocalDate day) {
      draft.skip(new Skipped(named + ", " + day, "an all-day event, not a topic"));
      return null;
    }
    When startsAt = when(start);
    String category =
        value(event, Property.CATEGORIES).map(ICalendarReader::firstCategory).orElse(null);
    if (value(event, Property.STATUS).map(s -> s.equalsIgnoreCase("CANCELLED")).orElse(false)) {
      draft.skip(new Skipped(named + ", " + startsAt.shown(), "cancelled"));
      return null;
    }
    if (ScheduleEvent.isBreak(title) || ScheduleEvent.isBreak(category)) {
      draft.skip(new Skipped(named + ", " + startsAt.shown(), "a break, not a topic"));
      return null;
    }
    Speakers speakers = Speakers.read(value(event, Property.DESCRIPTION).orElse(null));
    Listing listing =
        new Listing(
            null,
            null,
            null,
            null,
            value(event, Property.URL).orElse(null),
            List.of(),
            null,
            Map.of());
    var fields =
        new Entry.Fields(
            uid == null ? null : uid.strip(),
            title,
            speakers.names(),
            category,
            budget(event, start, named, startsAt, draft),
            speakers.rest(),
            startsAt,
            listing);
    String room = value(event, Property.LOCATION).filter(s -> !s.isBlank()).orElse(null);
    draft.add(new Entry(room, null, fields, where));
    return start instanceof ZonedDateTime zoned ? zoneName(zoned.getZone()) : null;
  }

  /** A zone of the zone database, or null for one the file made up (a VTIMEZONE of its own). */
  private static String zoneName(ZoneId zone) {
    String id = zone.getId();
    return id.contains("/") && ZoneId.getAvailableZoneIds().contains(id) ? id : null;
  }

  /** The event's length; null when it has none, or none that is positive. */
  private static Duration budget(
      VEvent event, Temporal start, String named, When startsAt, Draft.Builder draft) {
    Temporal end;
    try {
      end = date(event, Property.DTEND);
    } catch (RuntimeException e) {
      draft.adjust(
          new Adjusted(named + ", " + startsAt.shown(), "its DTEND cannot be read", "ignored"));
      end = null;
    }
    Duration budget;
    if (end != null) {
      budget = Duration.between(instant(start), instant(end));
    } else {
      Optional<net.fortuna.ical4j.model.property.Duration> length =
          event.getProperty(Property.DURATION);
      budget = length.map(d -> duration(d.getDuration())).orElse(Duration.ZERO);
    }
    return budget.isNegative() || budget.isZero() ? null : budget;
  }

  /** iCalendar durations count weeks, days and time, never months: a Period is whole days. */
  private static Duration duration(TemporalAmount amount) {
    return amount instanceof Period period
        ? Duration.ofDays(period.getDays())
        : Duration.from(amount);
  }

  private static Temporal date(VEvent event, String name) {
    Optional<DateProperty<Temporal>> property = event.getProperty(name);
    return property.map(DateProperty::getDate).orElse(null);
  }

  /** A start as the file gives it: with its offset, or floating. */
  private static When when(Temporal time) {
    return switch (time) {
      case OffsetDateTime offset -> When.of(offset);
      case ZonedDateTime zoned -> When.of(zoned.toOffsetDateTime());
      case Instant instant -> When.of(instant.atOffset(ZoneOffset.UTC));
      case LocalDateTime floating -> When.floating(floating);
      default -> throw new ImportException("a time of an unknown kind: " + time);
    };
  }

  /** For a length only: floating times are read as if in UTC, which keeps their difference. */
  private static Instant instant(Temporal time) {
    return switch (time) {
      case LocalDate day -> day.atStartOfDay(ZoneOffset.UTC).toInstant();
      default -> when(time).in(ZoneOffset.UTC).toInstant();
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
