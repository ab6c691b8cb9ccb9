package dev.gavel.programme.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.programme.EventPlan.Listing;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the c3voc schedule v2 JSON ({@code {"schedule": {"conference": {…, "rooms", "tracks"},
 * "events": [...]}}}), where events are one list rather than days of rooms. Each event: {@code
 * guid} the key; {@code start} and {@code end} (ISO-8601 with offsets; else {@code duration}
 * HH:MM); {@code room} an object with a {@code name} (or a name); {@code track} a name or an object
 * whose {@code slug} names one of the conference's tracks; {@code participants} (or {@code
 * persons}) the presenters with their guids; subtitle, description, language, type, url and links
 * kept as in {@link ScheduleEvent}, whose break rule applies too.
 */
final class ScheduleV2Reader {

  private ScheduleV2Reader() {}

  static Imported read(JsonNode schedule, ImportOptions options) {
    String path = "schedule.conference";
    JsonNode conference = JsonFields.requiredObject(schedule, "conference", "schedule");
    Draft.Builder draft = new Draft.Builder();
    List<JsonNode> rooms = JsonFields.array(conference, "rooms", path);
    for (int i = 0; i < rooms.size(); i++) {
      JsonNode room = rooms.get(i);
      String name =
          room.isObject() ? JsonFields.text(room, "name", path + ".rooms[" + i + "]") : null;
      if (name != null && !name.isBlank()) {
        draft.declareRoom(name.strip());
      }
    }
    Map<String, String> tracks = new HashMap<>();
    for (JsonNode track : JsonFields.array(conference, "tracks", path)) {
      if (track.isObject() && track.hasNonNull("slug") && track.hasNonNull("name")) {
        tracks.put(track.get("slug").asText(), track.get("name").asText());
      }
    }
    List<JsonNode> events = JsonFields.array(schedule, "events", "schedule");
    for (int i = 0; i < events.size(); i++) {
      String eventPath = "schedule.events[" + i + "]";
      if (!events.get(i).isObject()) {
        throw JsonFields.wrongType(eventPath, "an object", events.get(i));
      }
      event(events.get(i), eventPath, tracks, draft);
    }
    Draft found =
        draft.build(
            JsonFields.text(conference, "acronym", path),
            JsonFields.text(conference, "title", path),
            JsonFields.text(conference, "time_zone_name", path));
    return PlanAssembly.assemble(found, options);
  }

  private static void event(
      JsonNode event, String path, Map<String, String> tracks, Draft.Builder draft) {
    String title = JsonFields.text(event, "title", path);
    String type = JsonFields.text(event, "type", path);
    String named = PlanAssembly.firstText(title, type, "an untitled event");
    String startText = JsonFields.text(event, "start", path);
    When start;
    try {
      start = startText == null ? null : Times.when(startText);
    } catch (DateTimeParseException e) {
      draft.skip(new Skipped(named + " (" + path + ")", "its start cannot be read: " + startText));
      return;
    }
    if (start == null) {
      draft.skip(new Skipped(named + " (" + path + ")", "it has no start"));
      return;
    }
    People people =
        event.has("participants")
            ? People.of(event, "participants", path)
            : People.of(event, "persons", path);
    if (ScheduleEvent.isBreak(type, title, !people.names().isEmpty())) {
      draft.skip(new Skipped(named + ", " + start.shown(), "a break, not a topic"));
      return;
    }
    Duration budget = budget(event, path, start, named, draft);
    String abstractText = JsonFields.text(event, "abstract", path);
    String description = JsonFields.text(event, "description", path);
    String described = PlanAssembly.firstText(abstractText, description);
    Listing listing =
        new Listing(
            JsonFields.text(event, "subtitle", path),
            described != null && described.equals(PlanAssembly.firstText(abstractText))
                ? description
                : null,
            JsonFields.text(event, "language", path),
            type,
            JsonFields.text(event, "url", path),
            People.links(event, path),
            null,
            people.ids());
    var fields =
        new Entry.Fields(
            JsonFields.text(event, "guid", path),
            title,
            people.names(),
            track(event, path, tracks),
            budget,
            described,
            start,
            listing);
    draft.add(new Entry(room(event, path), null, fields, path));
  }

  private static Duration budget(
      JsonNode event, String path, When start, String named, Draft.Builder draft) {
    String end = JsonFields.text(event, "end", path);
    try {
      if (end != null) {
        Duration length =
            Duration.between(
                start.in(ZoneChoice.UTC).toInstant(),
                Times.when(end).in(ZoneChoice.UTC).toInstant());
        return length.isNegative() || length.isZero() ? null : length;
      }
    } catch (DateTimeParseException e) {
      draft.adjust(
          new Adjusted(named + ", " + start.shown(), "its end cannot be read: " + end, "ignored"));
    }
    String duration = JsonFields.text(event, "duration", path);
    return duration == null ? null : Times.duration(duration, path);
  }

  private static String room(JsonNode event, String path) {
    JsonNode room = event.get("room");
    if (room != null && room.isObject()) {
      return JsonFields.text(room, "name", path + ".room");
    }
    return JsonFields.text(event, "room", path);
  }

  private static String track(JsonNode event, String path, Map<String, String> tracks) {
    JsonNode track = event.get("track");
    if (track == null || track.isNull()) {
      return null;
    }
    if (track.isObject()) {
      String name = JsonFields.text(track, "name", path + ".track");
      String slug = JsonFields.text(track, "slug", path + ".track");
      return name != null ? name : tracks.getOrDefault(slug, slug);
    }
    return JsonFields.text(event, "track", path);
  }
}
