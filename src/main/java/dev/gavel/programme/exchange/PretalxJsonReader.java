package dev.gavel.programme.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads pretalx's schedule.json ({@code {"schedule": {"conference": {…, "rooms": [{"name"}],
 * "days": [{"date", "rooms": {"Room name": [event…]}}]}}}}), whose events carry frab's fields and
 * follow the same rules ({@link ScheduleEvent}); persons are objects with a {@code public_name} or
 * a {@code name}. When {@code conference.rooms} lists rooms, that list gives their order and a
 * day's room not in it is an error.
 *
 * <p>A file with a {@code gavel} member is Gavel's own export: that member holds the whole plan and
 * is read instead ({@link GavelJsonReader}); the schedule beside it is for other tools.
 */
final class PretalxJsonReader {

  private PretalxJsonReader() {}

  static Imported read(byte[] body, ImportOptions options) {
    JsonNode root = JsonFields.parse(body);
    JsonNode gavel = JsonFields.object(root, "gavel", "");
    if (gavel != null) {
      return GavelJsonReader.read(gavel, options);
    }
    JsonNode schedule = JsonFields.object(root, "schedule", "");
    if (schedule == null) {
      throw new ImportException(
          "not a pretalx schedule: the JSON has neither a \"schedule\" nor a \"gavel\" member");
    }
    JsonNode conference = JsonFields.requiredObject(schedule, "conference", "schedule");
    String path = "schedule.conference";
    ZoneId zone = Times.zone(options, JsonFields.text(conference, "time_zone_name", path), path);
    Draft.Builder draft = new Draft.Builder();
    List<JsonNode> rooms = JsonFields.array(conference, "rooms", path);
    for (int i = 0; i < rooms.size(); i++) {
      String roomPath = path + ".rooms[" + i + "]";
      if (!rooms.get(i).isObject()) {
        throw JsonFields.wrongType(roomPath, "an object", rooms.get(i));
      }
      draft.declareRoom(JsonFields.requiredText(rooms.get(i), "name", roomPath).strip());
    }
    List<JsonNode> days = JsonFields.array(conference, "days", path);
    for (int d = 0; d < days.size(); d++) {
      day(days.get(d), path + ".days[" + d + "]", draft, zone);
    }
    Draft found =
        draft.build(
            JsonFields.text(conference, "acronym", path),
            JsonFields.text(conference, "title", path),
            zone);
    return PlanAssembly.assemble(found, options);
  }

  private static void day(JsonNode day, String path, Draft.Builder draft, ZoneId zone) {
    if (!day.isObject()) {
      throw JsonFields.wrongType(path, "an object", day);
    }
    String date = JsonFields.text(day, "date", path);
    JsonNode rooms = JsonFields.object(day, "rooms", path);
    if (rooms == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> room : rooms.properties()) {
      String roomPath = path + ".rooms[\"" + room.getKey() + "\"]";
      if (!room.getValue().isArray()) {
        throw JsonFields.wrongType(roomPath, "an array", room.getValue());
      }
      draft.room(room.getKey().strip());
      int index = 0;
      for (JsonNode event : room.getValue()) {
        String eventPath = roomPath + "[" + index++ + "]";
        if (!event.isObject()) {
          throw JsonFields.wrongType(eventPath, "an object", event);
        }
        event(event, eventPath, date, room.getKey()).addTo(draft, zone);
      }
    }
  }

  private static ScheduleEvent event(JsonNode event, String path, String date, String room) {
    List<String> persons = new ArrayList<>();
    List<JsonNode> people = JsonFields.array(event, "persons", path);
    for (int i = 0; i < people.size(); i++) {
      JsonNode person = people.get(i);
      String personPath = path + ".persons[" + i + "]";
      if (person.isTextual()) {
        persons.add(person.asText());
      } else if (person.isObject()) {
        String name =
            PlanAssembly.firstText(
                JsonFields.text(person, "public_name", personPath),
                JsonFields.text(person, "name", personPath));
        if (name != null) {
          persons.add(name);
        }
      } else {
        throw JsonFields.wrongType(personPath, "an object", person);
      }
    }
    return new ScheduleEvent(
        JsonFields.text(event, "guid", path),
        JsonFields.id(event, "id", path),
        JsonFields.text(event, "title", path),
        JsonFields.text(event, "type", path),
        JsonFields.text(event, "date", path),
        date,
        JsonFields.text(event, "start", path),
        JsonFields.text(event, "duration", path),
        room,
        JsonFields.text(event, "track", path),
        JsonFields.text(event, "abstract", path),
        JsonFields.text(event, "description", path),
        persons,
        "");
  }
}
