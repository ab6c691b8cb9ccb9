package dev.gavel.programme.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.Link;
import dev.gavel.programme.EventPlan.Listing;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.NoOverlap;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Stakeholder;
import java.util.List;
import java.util.TreeMap;

/**
 * The {@code gavel} member of Gavel's JSON export: the whole {@link EventPlan}, nothing left out,
 * so that reading it back gives an equal plan. Times are ISO-8601 with their offset, durations
 * ISO-8601 ({@code PT15M}); a member whose value is null is left out.
 *
 * <pre>
 * {"version": 1, "event": {"slug", "title", "slideLimit", "timeZone", "speakerTurn", "warning",
 *   "danger",
 *   "noOverlap": [{"kind": "category"|"stakeholder", "name"}],
 *   "rooms": [{"slug", "name", "sessions": [{"key", "title", "startsAt", "endsAt", "moderator",
 *     "stakeholders": [{"name", "area", "state"}],
 *     "topics": [{"key", "title", "presenters", "category", "budget", "presentationBudget",
 *       "slideLimit", "abstract", "startsAt", "stakeholders", "warning", "danger",
 *       "listing": {"subtitle", "description", "language", "type", "url",
 *         "links": [{"url", "title"}], "number", "personIds": {"name": "id"}}}]}]}]}}
 * </pre>
 */
final class GavelJsonWriter {

  /** Raised when the member's shape changes in a way older readers would misread. */
  static final int VERSION = 1;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private GavelJsonWriter() {}

  static ObjectNode write(EventPlan plan) {
    ObjectNode event =
        JSON.objectNode()
            .put("slug", plan.slug())
            .put("title", plan.title())
            .put("slideLimit", plan.slideLimit())
            .put("timeZone", plan.timeZone().getId())
            .put("speakerTurn", plan.speakerTurn().toString());
    cues(event, plan.cues());
    ArrayNode noOverlap = event.putArray("noOverlap");
    for (NoOverlap priority : plan.noOverlap()) {
      noOverlap.addObject().put("kind", priority.kind().wireName()).put("name", priority.name());
    }
    ArrayNode rooms = event.putArray("rooms");
    for (RoomPlan room : plan.rooms()) {
      ObjectNode node = rooms.addObject().put("slug", room.slug()).put("name", room.name());
      ArrayNode sessions = node.putArray("sessions");
      room.sessions().forEach(session -> sessions.add(session(session)));
    }
    ObjectNode gavel = JSON.objectNode().put("version", VERSION);
    gavel.set("event", event);
    return gavel;
  }

  private static ObjectNode session(SessionPlan session) {
    ObjectNode node = JSON.objectNode();
    put(node, "key", session.key());
    node.put("title", session.title());
    put(node, "startsAt", session.startsAt());
    put(node, "endsAt", session.endsAt());
    put(node, "moderator", session.moderator());
    node.set("stakeholders", stakeholders(session.stakeholders()));
    ArrayNode topics = node.putArray("topics");
    session.topics().forEach(topic -> topics.add(topic(topic)));
    return node;
  }

  private static ObjectNode topic(TopicPlan topic) {
    ObjectNode node = JSON.objectNode();
    put(node, "key", topic.key());
    node.put("title", topic.title());
    ArrayNode presenters = node.putArray("presenters");
    topic.presenters().forEach(presenters::add);
    put(node, "category", topic.category());
    put(node, "budget", topic.budget());
    put(node, "presentationBudget", topic.presentationBudget());
    if (topic.slideLimit() != null) {
      node.put("slideLimit", topic.slideLimit().intValue());
    }
    put(node, "abstract", topic.abstractText());
    put(node, "startsAt", topic.startsAt());
    node.set("stakeholders", stakeholders(topic.stakeholders()));
    cues(node, topic.cues());
    if (!topic.listing().equals(Listing.NONE)) {
      node.set("listing", listing(topic.listing()));
    }
    return node;
  }

  private static ObjectNode listing(Listing listing) {
    ObjectNode node = JSON.objectNode();
    put(node, "subtitle", listing.subtitle());
    put(node, "description", listing.description());
    put(node, "language", listing.language());
    put(node, "type", listing.type());
    put(node, "url", listing.url());
    ArrayNode links = node.putArray("links");
    for (Link link : listing.links()) {
      ObjectNode linked = links.addObject().put("url", link.url());
      put(linked, "title", link.title());
    }
    if (listing.number() != null) {
      node.put("number", listing.number().longValue());
    }
    ObjectNode ids = node.putObject("personIds");
    new TreeMap<>(listing.personIds()).forEach(ids::put);
    return node;
  }

  private static ArrayNode stakeholders(List<Stakeholder> people) {
    ArrayNode array = JSON.arrayNode();
    for (Stakeholder person : people) {
      ObjectNode node = array.addObject().put("name", person.name());
      put(node, "area", person.area());
      node.put("state", person.state().wireName());
    }
    return array;
  }

  /** An event's or a topic's thresholds, each left out when it follows the level above. */
  private static void cues(ObjectNode node, CueTimes cues) {
    put(node, "warning", cues.warning());
    put(node, "danger", cues.danger());
  }

  private static void put(ObjectNode node, String field, Object value) {
    if (value != null) {
      node.put(field, value.toString());
    }
  }
}
