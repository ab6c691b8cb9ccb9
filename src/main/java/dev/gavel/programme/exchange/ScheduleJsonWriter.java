package dev.gavel.programme.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.Timetable;
import java.time.ZoneId;

/**
 * Writes pretalx's schedule.json, so that tools reading pretalx or frab JSON read Gavel's export,
 * plus a top-level {@code gavel} member with the whole plan ({@link GavelJsonWriter}). The schedule
 * part follows {@link FrabXmlWriter}: scheduled topics only, the same ids, guids, slugs and type;
 * rooms' guids are derived from their slugs.
 */
final class ScheduleJsonWriter {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ScheduleJsonWriter() {}

  static String write(EventPlan plan) {
    ScheduleDays schedule = ScheduleDays.of(plan);
    ZoneId zone = plan.timeZone();
    ObjectNode conference =
        JSON.objectNode().put("acronym", plan.slug()).put("title", plan.title());
    if (!schedule.days().isEmpty()) {
      conference
          .put("start", schedule.days().getFirst().date().toString())
          .put("end", schedule.days().getLast().date().toString());
    }
    conference
        .put("daysCount", schedule.days().size())
        .put("timeslot_duration", "00:05")
        .put("time_zone_name", zone.getId());
    ArrayNode rooms = conference.putArray("rooms");
    for (RoomPlan room : plan.rooms()) {
      rooms.addObject().put("name", room.name()).put("guid", Guids.of(room.slug()));
    }
    ArrayNode days = conference.putArray("days");
    for (ScheduleDays.Day day : schedule.days()) {
      ObjectNode node =
          days.addObject()
              .put("index", day.index())
              .put("date", day.date().toString())
              .put("day_start", Times.iso(day.start(), zone))
              .put("day_end", Times.iso(day.end(), zone));
      ObjectNode dayRooms = node.putObject("rooms");
      for (ScheduleDays.RoomDay room : day.rooms()) {
        ArrayNode events = dayRooms.putArray(room.room().name());
        room.events().forEach(event -> events.add(event(event, zone)));
      }
    }
    ObjectNode root = JSON.objectNode();
    root.putObject("schedule").put("version", FrabXmlWriter.VERSION).set("conference", conference);
    root.set("gavel", GavelJsonWriter.write(plan));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree in memory could not be written", e);
    }
  }

  private static ObjectNode event(ScheduleDays.Event event, ZoneId zone) {
    Timetable.Slot slot = event.slot();
    TopicPlan topic = slot.topic();
    ObjectNode node =
        JSON.objectNode()
            .put("guid", event.guid())
            .put("id", event.id())
            .put("date", Times.iso(slot.start(), zone))
            .put("start", Times.timeOfDay(slot.start(), zone))
            .put("duration", Times.clock(topic.budget()))
            .put("room", slot.room().name())
            .put("slug", event.slug())
            .put("title", topic.title())
            .put("subtitle", "")
            .put("track", topic.category())
            .put("type", FrabXmlWriter.TYPE)
            .put("language", "")
            .put("abstract", topic.abstractText() == null ? "" : topic.abstractText())
            .put("description", "");
    ArrayNode persons = node.putArray("persons");
    topic.presenters().forEach(name -> persons.addObject().put("public_name", name));
    return node;
  }
}
