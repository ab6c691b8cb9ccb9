package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.Timetable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a plan as an iCalendar feed (RFC 5545): one VEVENT per scheduled topic (see {@link
 * Timetable}) with UID the topic's key (or {@link Timetable.Slot#key()}, the same key the frab
 * export derives its guid from), SUMMARY, DTSTART and DTEND in UTC (so no VTIMEZONE is needed and
 * every reader agrees on the instant), LOCATION the room's name, CATEGORIES the category, URL the
 * topic's page when its file gave one, and DESCRIPTION the "Speakers: …" line Indico writes
 * followed by the abstract. X-WR-CALNAME holds the event's title, X-WR-TIMEZONE its zone (an IANA
 * name such as {@code UTC}). DTSTAMP is the topic's start, not the time of export, so the same plan
 * always gives the same file.
 *
 * <p>Text is escaped as the RFC says (a comma inside a category stays in it), lines end in CRLF and
 * are folded at 75 octets, never inside a character.
 *
 * <p>A re-import gives the event the slug of its title: equal to the original when the slug was
 * made from the title, as it is for a calendar imported without options.
 */
final class ICalendarWriter {

  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int OCTETS = 75;

  private ICalendarWriter() {}

  static String write(EventPlan plan) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "PRODID:-//Gavel//Schedule export//EN");
    line(out, "VERSION:2.0");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "X-WR-CALNAME:" + text(plan.title()));
    line(out, "X-WR-TIMEZONE:" + text(plan.timeZone().getId()));
    for (Timetable.Slot slot : Timetable.of(plan)) {
      event(out, slot);
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  private static void event(StringBuilder out, Timetable.Slot slot) {
    TopicPlan topic = slot.topic();
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(slot.key()));
    line(out, "DTSTAMP:" + time(slot.start().toInstant()));
    line(out, "DTSTART:" + time(slot.start().toInstant()));
    line(out, "DTEND:" + time(slot.end().toInstant()));
    line(out, "SUMMARY:" + text(topic.title()));
    line(out, "LOCATION:" + text(slot.room().name()));
    String description = Speakers.write(topic.presenters(), topic.abstractText());
    if (description != null) {
      line(out, "DESCRIPTION:" + text(description));
    }
    if (topic.category() != null) {
      line(out, "CATEGORIES:" + text(topic.category()));
    }
    if (FrabXmlWriter.isHttp(topic.listing().url())) {
      line(out, "URL:" + topic.listing().url());
    }
    line(out, "END:VEVENT");
  }

  private static String time(Instant instant) {
    return UTC_TIME.format(instant);
  }

  /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Appends a content line folded at 75 octets: CRLF and a space before each continuation. */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = OCTETS;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 0;
        limit = OCTETS - 1; // the leading space counts
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
