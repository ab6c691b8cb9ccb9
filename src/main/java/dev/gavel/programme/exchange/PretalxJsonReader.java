package dev.gavel.programme.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Reads pretalx's schedule.json ({@code {"schedule": {"conference": {…, "rooms": [{"name"}],
 * "days": [{"date", "rooms": {"Room name": [event…]}}]}}}}), whose events carry frab's fields and
 * follow the same rules ({@link ScheduleEvent}); persons are objects with a {@code public_name} or
 * a {@code name}. When {@code conference.rooms} lists rooms, that list gives their order and a
 * day's room not in it is an error.
 *
 * <p>A topic whose {@code url} is the schedule's {@code base_url} has no page of its own (Gavel's
 * export writes that where the schema wants a url). A file whose schedule has an {@code events}
 * list is the schedule v2 ({@link ScheduleV2Reader}).
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
    if (schedule.has("events")) {
      return ScheduleV2Reader.read(schedule, options);
    }
    JsonNode conference = JsonFields.requiredObject(schedule, "conference", "schedule");
    String path = "schedule.conference";
    Draft.Builder draft = new Draft.Builder();
    String baseUrl = JsonFields.text(schedule, "base_url", "schedule");
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
      day(days.get(d), path + ".days[" + d + "]", baseUrl, draft);
    }
    Draft found =
        draft.build(
            JsonFields.text(conference, "acronym", path),
            JsonFields.text(conference, "title", path),
            JsonFields.text(conference, "time_zone_name", path));
    return PlanAssembly.assemble(found, options);
  }

  private static void day(JsonNode day, String path, String baseUrl, Draft.Builder draft) {
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
        event(event, eventPath, date, room.getKey(), baseUrl).addTo(draft);
      }
    }
  }

  private static ScheduleEvent event(
      JsonNode event, String path, String date, String room, String baseUrl) {
    People people = People.of(event, "persons", path);
    String url = JsonFields.text(event, "url", path);
    return new ScheduleEvent(
        PlanAssembly.firstText(
            JsonFields.text(event, "guid", path), JsonFields.text(event, "code", path)),
        JsonFields.id(event, "id", path),
        JsonFields.text(event, "title", path),
        JsonFields.text(event, "subtitle", path),
        JsonFields.text(event, "type", path),
        JsonFields.text(event, "date", path),
        date,
        JsonFields.text(event, "start", path),
        JsonFields.text(event, "duration", path),
        room,
        JsonFields.text(event, "track", path),
        JsonFields.text(event, "language", path),
        JsonFields.text(event, "abstract", path),
        JsonFields.text(event, "description", path),
        url != null && url.equals(baseUrl) ? null : url,
        people.names(),
        people.ids(),
        People.links(event, path),
        "");
  }
}
