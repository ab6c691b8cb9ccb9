package dev.gavel.programme.exchange;

import java.time.ZoneId;
import java.util.List;

/**
 * Reads the schedule.xml that frab and pretalx publish: {@code <schedule>} with a {@code
 * <conference>} (acronym, title, time_zone_name and optionally a {@code <rooms>} list) and {@code
 * <day>}s of {@code <room name>}s of {@code <event>}s. Each event's fields follow {@link
 * ScheduleEvent}; the event's slug comes from the acronym, its zone from {@code time_zone_name}.
 * When the conference lists its rooms, that list gives their order and an event in any other room
 * is an error.
 */
final class FrabXmlReader {

  private FrabXmlReader() {}

  static Imported read(byte[] body, ImportOptions options) {
    XmlElement root = XmlDocuments.parse(body);
    if (!root.name().equals("schedule")) {
      throw new ImportException("not a frab schedule: root element is <" + root.name() + ">");
    }
    XmlElement conference =
        root.child("conference")
            .orElseThrow(() -> new ImportException("the schedule has no <conference>"));
    ZoneId zone = Times.zone(options, conference.childText("time_zone_name"), "the conference");
    Draft.Builder draft = new Draft.Builder();
    conference
        .child("rooms")
        .ifPresent(rooms -> rooms.children("room").forEach(room -> draft.declareRoom(name(room))));
    for (XmlElement day : root.children("day")) {
      for (XmlElement room : day.children("room")) {
        String roomName = room.attribute("name");
        if (roomName != null && !roomName.isBlank()) {
          draft.room(roomName.strip());
        }
        for (XmlElement event : room.children("event")) {
          event(event, day, roomName).addTo(draft, zone);
        }
      }
    }
    Draft found =
        draft.build(conference.childText("acronym"), conference.childText("title"), zone);
    return PlanAssembly.assemble(found, options);
  }

  /** A declared room: {@code <room name="…"/>}, or its name as the element's text. */
  private static String name(XmlElement room) {
    String name = PlanAssembly.firstText(room.attribute("name"), room.text());
    if (name == null) {
      throw new ImportException("a room on line " + room.line() + " has no name");
    }
    return name;
  }

  private static ScheduleEvent event(XmlElement event, XmlElement day, String roomName) {
    List<String> persons =
        event
            .child("persons")
            .map(list -> list.children("person").stream().map(XmlElement::text).toList())
            .orElse(List.of());
    return new ScheduleEvent(
        event.attribute("guid"),
        event.attribute("id"),
        event.childText("title"),
        event.childText("type"),
        event.childText("date"),
        day.attribute("date"),
        event.childText("start"),
        event.childText("duration"),
        PlanAssembly.firstText(roomName, event.childText("room")),
        event.childText("track"),
        event.childText("abstract"),
        event.childText("description"),
        persons,
        ", line " + event.line());
  }
}
