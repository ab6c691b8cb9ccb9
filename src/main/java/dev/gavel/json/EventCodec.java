package dev.gavel.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.room.RoomEvent;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Room events as JSON objects with a {@code type}: the form the session log stores and the wire
 * sends. The type names are part of the stored data and the protocol: never rename one.
 */
public final class EventCodec {

  private static final Map<String, Class<? extends RoomEvent>> TYPES =
      concrete(RoomEvent.class)
          .map(type -> type.asSubclass(RoomEvent.class))
          .collect(Collectors.toMap(EventCodec::typeName, Function.identity()));

  /**
   * Fields an event may leave empty: a note written between topics has no topic, and a line written
   * or corrected by somebody who gave no name (or before names were kept) has no writer.
   */
  private static final Set<String> OPTIONAL =
      Set.of("noteWritten.topic", "noteWritten.by", "noteCorrected.by");

  /** The optional field naming who wrote or corrected a line of notes. */
  private static final String WRITER = "by";

  private final ObjectMapper mapper;

  public EventCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The records a sealed type permits, through its sealed sub-interfaces. */
  public static Stream<Class<?>> concrete(Class<?> sealed) {
    return Arrays.stream(sealed.getPermittedSubclasses())
        .flatMap(type -> type.isSealed() ? concrete(type) : Stream.of(type));
  }

  public static String typeName(RoomEvent event) {
    return typeName(event.getClass());
  }

  /** {@code TopicStarted} becomes {@code topicStarted}. */
  private static String typeName(Class<?> type) {
    String simple = type.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  public ObjectNode toTree(RoomEvent event) {
    ObjectNode tree = mapper.createObjectNode();
    tree.put("type", typeName(event));
    tree.setAll((ObjectNode) mapper.valueToTree(event));
    // A note without its writer's name is stored as it was before names were kept.
    if (tree.has(WRITER) && tree.get(WRITER).isNull()) {
      tree.remove(WRITER);
    }
    return tree;
  }

  public String toJson(RoomEvent event) {
    return toTree(event).toString();
  }

  /**
   * Reads an event back as the log stores it.
   *
   * @throws IllegalArgumentException saying what is wrong, when the text is not a whole event of a
   *     known type: not JSON, no type or an unknown one, a field that cannot be read or is missing
   */
  public RoomEvent fromJson(String json) {
    JsonNode read;
    try {
      read = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("it is not JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (!(read instanceof ObjectNode tree)) {
      throw new IllegalArgumentException("it is not a JSON object");
    }
    JsonNode name = tree.remove("type");
    if (name == null || !name.isTextual()) {
      throw new IllegalArgumentException("it has no \"type\"");
    }
    Class<? extends RoomEvent> type = TYPES.get(name.asText());
    if (type == null) {
      throw new IllegalArgumentException("unknown event type \"" + name.asText() + "\"");
    }
    RoomEvent event;
    try {
      event = mapper.treeToValue(tree, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String why = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
      throw new IllegalArgumentException(
          "a \"" + name.asText() + "\" event whose fields cannot be read (" + why + ")", e);
    }
    requireEveryField(name.asText(), event);
    return event;
  }

  /** A field missing from a stored event would only fail later, on some screen. */
  private static void requireEveryField(String name, RoomEvent event) {
    for (RecordComponent field : event.getClass().getRecordComponents()) {
      if (read(field, event) == null && !OPTIONAL.contains(name + "." + field.getName())) {
        throw new IllegalArgumentException(
            "a \"" + name + "\" event without its \"" + field.getName() + "\"");
      }
    }
  }

  private static Object read(RecordComponent field, RoomEvent event) {
    try {
      return field.getAccessor().invoke(event);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("every event's fields are public", e);
    }
  }
}
