package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.Link;
import dev.gavel.programme.ImportPace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the schedule.xml that frab and pretalx publish: {@code <schedule>} with a {@code
 * <conference>} (acronym, title, time_zone_name and optionally a {@code <rooms>} list) and {@code
 * <day>}s of {@code <room name>}s of {@code <event>}s. Each event's fields follow {@link
 * ScheduleEvent}; the event's slug comes from the acronym (else the title), its zone from {@code
 * time_zone_name} (else {@link ZoneChoice}: an old pentabarf file names only its {@code <city>}).
 * When the conference lists its rooms, that list gives their order.
 */
final class FrabXmlReader {

  private FrabXmlReader() {}

  static Imported read(byte[] body, ImportOptions options, ImportPace pace) {
    XmlElement root = XmlDocuments.parse(body, pace);
    if (!root.name().equals("schedule")) {
      throw new ImportException("not a frab schedule: root element is <" + root.name() + ">");
    }
    XmlElement conference =
        root.child("conference")
            .orElseThrow(() -> new ImportException("the schedule has no <conference>"));
    Draft.Builder draft = new Draft.Builder();
    draft.city(conference.childText("city"));
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
          event(event, day, roomName).addTo(draft);
          pace.step();
        }
      }
    }
    Draft found =
        draft.build(
            PlanAssembly.firstText(conference.childText("acronym"), conference.childText("title")),
            conference.childText("title"),
            conference.childText("time_zone_name"));
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
    List<String> persons = new ArrayList<>();
    Map<String, String> personIds = new HashMap<>();
    event
        .child("persons")
        .ifPresent(
            list ->
                list.children("person")
                    .forEach(
                        person -> {
                          String name = person.text().strip();
                          persons.add(name);
                          if (person.attribute("id") != null && !name.isEmpty()) {
                            personIds.put(name, person.attribute("id").strip());
                          }
                        }));
    List<Link> links = new ArrayList<>();
    event
        .child("links")
        .ifPresent(
            list ->
                list.children("link")
                    .forEach(
                        link -> {
                          String href = link.attribute("href");
                          if (href != null && !href.isBlank()) {
                            // Gavel's export writes a link without a title as its address
                            String title = link.text().strip();
                            links.add(new Link(href, title.equals(href) ? null : title));
                          }
                        }));
    return new ScheduleEvent(
        event.attribute("guid"),
        event.attribute("id"),
        event.childText("title"),
        event.childText("subtitle"),
        event.childText("type"),
        event.childText("date"),
        day.attribute("date"),
        event.childText("start"),
        event.childText("duration"),
        PlanAssembly.firstText(roomName, event.childText("room")),
        event.childText("track"),
        event.childText("language"),
        event.childText("abstract"),
        event.childText("description"),
        event.childText("url"),
        persons,
        personIds,
        links,
        ", line " + event.line());
  }
}
