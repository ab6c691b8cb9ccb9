package dev.gavel.programme.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes conference-sized schedules in the published formats directly as text, independent of
 * Gavel's writers: six rooms with non-ASCII names over three days, a morning and an afternoon block
 * per room and day with a lunch break between, and one late event across a DST change.
 */
final class ScheduleGenerator {

  static final List<String> ROOMS =
      List.of("Main Hall", "Salle Émile", "Sala Łódź", "Saal Müller", "会议室 中文", "Rom Ø");
  static final int DAYS = 3;
  static final int PER_BLOCK = 7;

  /** One event of the generated schedule, with its start in the conference's zone. */
  record Event(
      String guid,
      int id,
      String room,
      ZonedDateTime start,
      Duration duration,
      String title,
      String track,
      String type,
      List<String> persons,
      String abstractText) {}

  final String acronym;
  final String title;
  final ZoneId zone;
  final List<Event> events = new ArrayList<>();

  /**
   * @param lateEvent a start in the zone's local time for one extra event in the last room on the
   *     second day, such as the hour a DST change repeats; null for none
   */
  ScheduleGenerator(
      String acronym, String title, ZoneId zone, LocalDate firstDay, ZonedDateTime lateEvent) {
    this.acronym = acronym;
    this.title = title;
    this.zone = zone;
    for (int day = 0; day < DAYS; day++) {
      for (int r = 0; r < ROOMS.size(); r++) {
        String room = ROOMS.get(r);
        block(room, firstDay.plusDays(day).atTime(9, 0), "Track " + room + " – Ünïcödé");
        add(room, firstDay.plusDays(day).atTime(12, 30), 60, "Lunch", null, "Lunch break");
        block(room, firstDay.plusDays(day).atTime(13, 30), null);
      }
    }
    if (lateEvent != null) {
      events.add(
          new Event(
              guid(events.size()),
              events.size() + 1,
              ROOMS.getLast(),
              lateEvent,
              Duration.ofHours(1),
              "Night owls: scheduling across the clock change",
              null,
              "Talk",
              List.of("Øystein Ødegård"),
              "Starts before the clocks go back and ends after."));
    }
  }

  private void block(String room, LocalDateTime start, String track) {
    for (int i = 0; i < PER_BLOCK; i++) {
      int n = events.size();
      add(
          room,
          start.plusMinutes(30L * i),
          25,
          "Topic " + n + ": łódź, café & 中文 <notes>",
          track != null ? track : (i % 2 == 0 ? "Kernel" : "Toolchains"),
          "Talk");
    }
  }

  private void add(
      String room, LocalDateTime start, int minutes, String title, String track, String type) {
    int n = events.size();
    events.add(
        new Event(
            guid(n),
            n + 1,
            room,
            start.atZone(zone),
            Duration.ofMinutes(minutes),
            title,
            track,
            type,
            type.equals("Talk") ? List.of("Zoë Łukasiewicz " + n, "李 " + n) : List.of(),
            type.equals("Talk") ? "Abstract of \"" + title + "\"; with a, comma" : null));
  }

  private static String guid(int n) {
    return UUID.nameUUIDFromBytes(("generated-" + n).getBytes(StandardCharsets.UTF_8)).toString();
  }

  List<Event> talks() {
    return events.stream().filter(event -> event.type().equals("Talk")).toList();
  }

  // frab XML: every third event gives only the day's date and <start>, the rest a full <date>

  String frabXml() {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    xml.append("<version>gen</version>\n<conference><acronym>")
        .append(acronym)
        .append("</acronym><title>")
        .append(x(title))
        .append("</title><time_zone_name>")
        .append(zone.getId())
        .append("</time_zone_name></conference>\n");
    List<LocalDate> dates =
        events.stream().map(e -> e.start().toLocalDate()).distinct().sorted().toList();
    for (int d = 0; d < dates.size(); d++) {
      LocalDate date = dates.get(d);
      xml.append("<day index=\"").append(d + 1).append("\" date=\"").append(date).append("\">\n");
      for (String room : ROOMS) {
        xml.append(" <room name=\"").append(x(room)).append("\">\n");
        for (Event e : events) {
          if (e.room().equals(room) && e.start().toLocalDate().equals(date)) {
            xml.append("  <event guid=\"")
                .append(e.guid())
                .append("\" id=\"")
                .append(e.id())
                .append("\">");
            if (e.id() % 3 != 0) {
              xml.append("<date>").append(e.start().toOffsetDateTime()).append("</date>");
            }
            xml.append("<start>")
                .append(hhmm(e.start()))
                .append("</start><duration>")
                .append(clock(e.duration()))
                .append("</duration><room>")
                .append(x(room))
                .append("</room><title>")
                .append(x(e.title()))
                .append("</title><track>")
                .append(e.track() == null ? "" : x(e.track()))
                .append("</track><type>")
                .append(e.type())
                .append("</type><abstract>")
                .append(e.abstractText() == null ? "" : x(e.abstractText()))
                .append("</abstract><persons>");
            e.persons().forEach(p -> xml.append("<person>").append(x(p)).append("</person>"));
            xml.append("</persons></event>\n");
          }
        }
        xml.append(" </room>\n");
      }
      xml.append("</day>\n");
    }
    return xml.append("</schedule>\n").toString();
  }

  // pretalx JSON: rooms declared in conference.rooms; persons with public_name

  String pretalxJson() {
    StringBuilder json =
        new StringBuilder("{\"schedule\": {\"version\": \"gen\", \"conference\": {");
    json.append("\"acronym\": ")
        .append(j(acronym))
        .append(", \"title\": ")
        .append(j(title))
        .append(", \"time_zone_name\": ")
        .append(j(zone.getId()))
        .append(", \"rooms\": [");
    json.append(String.join(", ", ROOMS.stream().map(r -> "{\"name\": " + j(r) + "}").toList()));
    json.append("], \"days\": [");
    List<LocalDate> dates =
        events.stream().map(e -> e.start().toLocalDate()).distinct().sorted().toList();
    List<String> days = new ArrayList<>();
    for (int d = 0; d < dates.size(); d++) {
      LocalDate date = dates.get(d);
      List<String> rooms = new ArrayList<>();
      for (String room : ROOMS) {
        List<String> list =
            events.stream()
                .filter(e -> e.room().equals(room) && e.start().toLocalDate().equals(date))
                .map(this::pretalxEvent)
                .toList();
        rooms.add(j(room) + ": [" + String.join(",\n", list) + "]");
      }
      days.add(
          "{\"index\": "
              + (d + 1)
              + ", \"date\": \""
              + date
              + "\", \"rooms\": {"
              + String.join(", ", rooms)
              + "}}");
    }
    return json.append(String.join(",\n", days)).append("]}}}\n").toString();
  }

  private String pretalxEvent(Event e) {
    List<String> persons =
        e.persons().stream().map(p -> "{\"public_name\": " + j(p) + "}").toList();
    return "{\"guid\": "
        + j(e.guid())
        + ", \"id\": "
        + e.id()
        + ", \"date\": "
        + j(e.start().toOffsetDateTime().toString())
        + ", \"start\": "
        + j(hhmm(e.start()))
        + ", \"duration\": "
        + j(clock(e.duration()))
        + ", \"room\": "
        + j(e.room())
        + ", \"title\": "
        + j(e.title())
        + ", \"track\": "
        + (e.track() == null ? "null" : j(e.track()))
        + ", \"type\": "
        + j(e.type())
        + ", \"abstract\": "
        + (e.abstractText() == null ? "null" : j(e.abstractText()))
        + ", \"persons\": ["
        + String.join(", ", persons)
        + "]}";
  }

  // iCalendar: breaks left out (a calendar has no event types); times by TZID, in UTC or floating

  String iCalendar(String vtimezone) {
    List<String> lines =
        new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//generator//EN"));
    lines.add("X-WR-CALNAME:" + t(title));
    lines.add("X-WR-TIMEZONE:" + zone.getId());
    lines.addAll(vtimezone.lines().toList());
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    for (Event e : talks()) {
      lines.add("BEGIN:VEVENT");
      lines.add("UID:" + e.guid());
      lines.add("DTSTAMP:20260101T000000Z");
      if (e.id() % 3 == 0) {
        lines.add("DTSTART:" + local.format(e.start().withZoneSameInstant(ZoneOffset.UTC)) + "Z");
      } else if (e.id() % 5 == 0) {
        lines.add("DTSTART:" + local.format(e.start()));
      } else {
        lines.add("DTSTART;TZID=" + zone.getId() + ":" + local.format(e.start()));
      }
      lines.add("DURATION:PT" + e.duration().toMinutes() + "M");
      lines.add("SUMMARY:" + t(e.title()));
      lines.add("LOCATION:" + t(e.room()));
      if (e.track() != null) {
        lines.add("CATEGORIES:" + t(e.track()));
      }
      lines.add(
          "DESCRIPTION:"
              + t(
                  "Speakers: "
                      + String.join(", ", e.persons())
                      + " (Some Org)\n\n"
                      + e.abstractText()));
      lines.add("END:VEVENT");
    }
    lines.add("END:VCALENDAR");
    StringBuilder ics = new StringBuilder();
    lines.forEach(line -> ics.append(fold(line)));
    return ics.toString();
  }

  /** Folds a content line into pieces of at most 75 octets, never inside a character. */
  private static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 74) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    return out.append("\r\n").toString();
  }

  private static String hhmm(ZonedDateTime at) {
    return DateTimeFormatter.ofPattern("HH:mm").format(at);
  }

  private static String clock(Duration d) {
    return String.format("%02d:%02d", d.toHours(), d.toMinutesPart());
  }

  private static String x(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String j(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String t(String s) {
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }
}
