package dev.gavel.programme.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.Link;
import dev.gavel.programme.EventPlan.Listing;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.NoOverlap;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Stakeholder;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Reads the {@code gavel} member that {@link GavelJsonWriter} writes, strictly: every field has its
 * type, a rule a record breaks is an error naming the field's path, and the whole plan then passes
 * the same {@link PlanChecks} as any import. The options override the slug, title and zone.
 */
final class GavelJsonReader {

  private GavelJsonReader() {}

  static Imported read(JsonNode gavel, ImportOptions options) {
    Integer version = JsonFields.integer(gavel, "version", "gavel");
    if (version == null || version != GavelJsonWriter.VERSION) {
      throw new ImportException(
          "gavel.version is " + version + "; this Gavel reads version " + GavelJsonWriter.VERSION);
    }
    String path = "gavel.event";
    JsonNode event = JsonFields.requiredObject(gavel, "event", "gavel");
    String slug =
        PlanAssembly.slug(options.eventSlug(), JsonFields.requiredText(event, "slug", path));
    String title =
        PlanAssembly.firstText(options.eventTitle(), JsonFields.text(event, "title", path), slug);
    Integer slideLimit = JsonFields.integer(event, "slideLimit", path);
    ZoneId zone = zone(options, slug, JsonFields.requiredText(event, "timeZone", path), path);
    List<RoomPlan> rooms = list(event, "rooms", path, GavelJsonReader::room);
    List<NoOverlap> noOverlap = list(event, "noOverlap", path, GavelJsonReader::noOverlap);
    Duration turn = duration(event, "speakerTurn", path);
    CueTimes cues = cues(event, path);
    EventPlan plan =
        build(
            path,
            () ->
                new EventPlan(
                    slug,
                    title,
                    slideLimit == null ? PlanAssembly.SLIDE_LIMIT : slideLimit,
                    zone,
                    rooms,
                    noOverlap,
                    turn,
                    cues));
    return new Imported(PlanChecks.check(plan), List.of(), List.of(), List.of());
  }

  /** The options' zone, else the stored event's (a re-import keeps it), else the file's. */
  private static ZoneId zone(ImportOptions options, String slug, String named, String path) {
    if (options.timeZone() != null) {
      return options.timeZone();
    }
    try {
      ZoneId file = ZoneId.of(named);
      return options.storedZone().apply(slug).orElse(file);
    } catch (DateTimeException e) {
      throw new ImportException(
          path + ".timeZone names \"" + named + "\", which is not a time zone Gavel knows", e);
    }
  }

  private static RoomPlan room(JsonNode room, String path) {
    String slug = JsonFields.requiredText(room, "slug", path);
    String name = JsonFields.requiredText(room, "name", path);
    List<SessionPlan> sessions = list(room, "sessions", path, GavelJsonReader::session);
    return build(path, () -> new RoomPlan(slug, name, sessions));
  }

  private static SessionPlan session(JsonNode session, String path) {
    String key = JsonFields.text(session, "key", path);
    String title = JsonFields.text(session, "title", path);
    OffsetDateTime startsAt = dateTime(session, "startsAt", path);
    OffsetDateTime endsAt = dateTime(session, "endsAt", path);
    String moderator = JsonFields.text(session, "moderator", path);
    List<Stakeholder> stakeholders = list(session, "stakeholders", path, GavelJsonReader::person);
    List<TopicPlan> topics = list(session, "topics", path, GavelJsonReader::topic);
    return build(
        path, () -> new SessionPlan(key, title, startsAt, endsAt, moderator, stakeholders, topics));
  }

  private static TopicPlan topic(JsonNode topic, String path) {
    String key = JsonFields.text(topic, "key", path);
    String title = JsonFields.text(topic, "title", path);
    List<String> presenters = JsonFields.texts(topic, "presenters", path);
    String category = JsonFields.text(topic, "category", path);
    Duration budget = duration(topic, "budget", path);
    Duration presentation = duration(topic, "presentationBudget", path);
    Integer slideLimit = JsonFields.integer(topic, "slideLimit", path);
    String abstractText = JsonFields.text(topic, "abstract", path);
    OffsetDateTime startsAt = dateTime(topic, "startsAt", path);
    List<Stakeholder> stakeholders = list(topic, "stakeholders", path, GavelJsonReader::person);
    Listing listing = listing(topic, path);
    CueTimes cues = cues(topic, path);
    return build(
        path,
        () ->
            new TopicPlan(
                key,
                title,
                presenters,
                category,
                budget,
                presentation,
                slideLimit,
                abstractText,
                startsAt,
                stakeholders,
                listing,
                cues));
  }

  /** An event's or a topic's own thresholds; those left out follow the level above. */
  private static CueTimes cues(JsonNode node, String path) {
    Duration warning = duration(node, "warning", path);
    Duration danger = duration(node, "danger", path);
    return build(path, () -> new CueTimes(warning, danger));
  }

  private static Listing listing(JsonNode topic, String path) {
    JsonNode listed = JsonFields.object(topic, "listing", path);
    if (listed == null) {
      return Listing.NONE;
    }
    String at = JsonFields.join(path, "listing");
    Map<String, String> personIds = new HashMap<>();
    JsonNode ids = JsonFields.object(listed, "personIds", at);
    if (ids != null) {
      for (Map.Entry<String, JsonNode> id : ids.properties()) {
        personIds.put(id.getKey(), JsonFields.requiredText(ids, id.getKey(), at + ".personIds"));
      }
    }
    List<Link> links =
        list(
            listed,
            "links",
            at,
            (link, linkPath) ->
                build(
                    linkPath,
                    () ->
                        new Link(
                            JsonFields.requiredText(link, "url", linkPath),
                            JsonFields.text(link, "title", linkPath))));
    JsonNode number = listed.get("number");
    if (number != null && !number.isNull() && !number.canConvertToLong()) {
      throw JsonFields.wrongType(at + ".number", "a whole number", number);
    }
    return new Listing(
        JsonFields.text(listed, "subtitle", at),
        JsonFields.text(listed, "description", at),
        JsonFields.text(listed, "language", at),
        JsonFields.text(listed, "type", at),
        JsonFields.text(listed, "url", at),
        links,
        number == null || number.isNull() ? null : number.longValue(),
        personIds);
  }

  private static Stakeholder person(JsonNode person, String path) {
    String name = JsonFields.text(person, "name", path);
    String area = JsonFields.text(person, "area", path);
    String state = JsonFields.requiredText(person, "state", path);
    return build(path, () -> new Stakeholder(name, area, Stakeholder.State.fromWireName(state)));
  }

  private static NoOverlap noOverlap(JsonNode priority, String path) {
    String kind = JsonFields.requiredText(priority, "kind", path);
    String name = JsonFields.text(priority, "name", path);
    return build(path, () -> new NoOverlap(NoOverlap.Kind.fromWireName(kind), name));
  }

  /** An array of objects, each read by {@code item} with its own path. */
  private static <T> List<T> list(
      JsonNode parent, String field, String path, BiFunction<JsonNode, String, T> item) {
    List<JsonNode> nodes = JsonFields.array(parent, field, path);
    List<T> items = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String itemPath = JsonFields.join(path, field) + "[" + i + "]";
      if (!nodes.get(i).isObject()) {
        throw JsonFields.wrongType(itemPath, "an object", nodes.get(i));
      }
      items.add(item.apply(nodes.get(i), itemPath));
    }
    return items;
  }

  private static OffsetDateTime dateTime(JsonNode node, String field, String path) {
    String text = JsonFields.text(node, field, path);
    try {
      return text == null ? null : OffsetDateTime.parse(text);
    } catch (DateTimeException e) {
      throw new ImportException(
          JsonFields.join(path, field)
              + " must be a date and time with an offset such as 2026-09-18T09:30+01:00, not \""
              + text
              + "\"",
          e);
    }
  }

  private static Duration duration(JsonNode node, String field, String path) {
    String text = JsonFields.text(node, field, path);
    try {
      return text == null ? null : Duration.parse(text);
    } catch (DateTimeException e) {
      throw new ImportException(
          JsonFields.join(path, field) + " must be a duration such as PT15M, not \"" + text + "\"",
          e);
    }
  }

  /** Builds a record; a rule it breaks becomes an error naming where in the file it is. */
  private static <T> T build(String path, Supplier<T> record) {
    try {
      return record.get();
    } catch (IllegalArgumentException e) {
      throw new ImportException(path + ": " + e.getMessage(), e);
    }
  }
}
