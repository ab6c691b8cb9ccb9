package dev.gavel.programme.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.Link;
import dev.gavel.programme.EventPlan.Listing;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.Guids;
import dev.gavel.programme.Timetable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Writes the schedule.json of frab and pretalx as the c3voc schema ({@code schema.json}) has it, so
 * that tools reading either read Gavel's export: every member the schema asks for, and no other.
 * The schedule follows {@link FrabXmlWriter}: scheduled topics only, the same ids, guids, slugs and
 * types; rooms' guids are derived from their slugs; people carry {@code name} and {@code
 * public_name}, with the id their file gave them. Gavel's own, lossless form is {@link
 * GavelJsonWriter}, at its own address.
 */
final class ScheduleJsonWriter {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ScheduleJsonWriter() {}

  /**
   * @param baseUrl where the event's programme is published ({@code http://host/events/slug/}): the
   *     schedule's {@code base_url}, and the page of a topic whose file gave it none
   * @param today the one empty day of a programme with nothing scheduled
   */
  static String write(EventPlan plan, String baseUrl, LocalDate today) {
    ScheduleDays schedule = ScheduleDays.of(plan, today);
    ZoneId zone = plan.timeZone();
    ObjectNode conference =
        JSON.objectNode()
            .put("acronym", ScheduleDays.acronym(plan.slug()))
            .put("title", plan.title())
            .put("start", schedule.days().getFirst().date().toString())
            .put("end", schedule.days().getLast().date().toString());
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
        room.events().forEach(event -> events.add(event(event, zone, baseUrl)));
      }
    }
    ObjectNode root = JSON.objectNode();
    root.putObject("schedule")
        .put("version", FrabXmlWriter.VERSION)
        .put("base_url", baseUrl)
        .set("conference", conference);
    return text(root);
  }

  static String text(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree in memory could not be written", e);
    }
  }

  private static ObjectNode event(ScheduleDays.Event event, ZoneId zone, String baseUrl) {
    Timetable.Slot slot = event.slot();
    TopicPlan topic = slot.topic();
    Listing listing = topic.listing();
    ObjectNode node =
        JSON.objectNode()
            .put("guid", event.guid())
            .put("id", event.id())
            .put("date", Times.iso(slot.start(), zone))
            // the current schema.json wants the whole date-time here, where frab wrote "HH:MM"
            .put("start", Times.iso(slot.start(), zone))
            .put("duration", Times.clock(topic.budget()))
            .put("room", slot.room().name())
            .put("slug", event.slug())
            .put("url", FrabXmlWriter.isHttp(listing.url()) ? listing.url() : baseUrl)
            .put("title", topic.title())
            .put("subtitle", orEmpty(listing.subtitle()))
            .put("track", orEmpty(topic.category()))
            .put("type", FrabXmlWriter.type(listing))
            .put("language", orEmpty(listing.language()))
            .put("abstract", orEmpty(topic.abstractText()))
            .put("description", orEmpty(listing.description()))
            .put("recording_license", "");
    ArrayNode persons = node.putArray("persons");
    for (String name : topic.presenters()) {
      persons.add(person(name, listing.personIds().get(name)));
    }
    ArrayNode links = node.putArray("links");
    for (Link link : listing.links()) {
      ObjectNode linked = links.addObject().put("url", link.url());
      if (link.title() != null) {
        linked.put("title", link.title());
      }
    }
    node.putArray("attachments");
    node.putArray("answers");
    return node;
  }

  /**
   * A person as exactly one of the schema's two kinds: frab's, with a numeric id and a {@code
   * public_name}; else pretalx's, with a {@code name} and the guid or code the file gave.
   */
  private static ObjectNode person(String name, String id) {
    if (id != null && id.matches("[0-9]{1,18}")) {
      return JSON.objectNode().put("id", Long.parseLong(id)).put("public_name", name);
    }
    ObjectNode person = JSON.objectNode().put("name", name);
    if (id != null && Guids.isUuid(id)) {
      person.put("guid", id);
    } else if (id != null && id.matches("[A-Z0-9]+")) {
      person.put("code", id);
    }
    return person;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
