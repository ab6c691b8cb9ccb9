package dev.gavel.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.room.RoomEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Room events as JSON objects with a {@code type}: the form the session log stores and the wire
 * sends. The type names are part of the stored data and the protocol: never rename one.
 */
public final class EventCodec {

  private static final Map<String, Class<? extends RoomEvent>> TYPES =
      Arrays.stream(RoomEvent.class.getPermittedSubclasses())
          .map(type -> type.asSubclass(RoomEvent.class))
          .collect(Collectors.toMap(EventCodec::typeName, Function.identity()));

  /** The optional field naming who wrote or corrected a line of notes. */
  private static final String WRITER = "by";

  private final ObjectMapper mapper;

  public EventCodec(ObjectMapper mapper) {
    this.mapper = mapper;
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

  public RoomEvent fromJson(String json) {
    try {
      ObjectNode tree = (ObjectNode) mapper.readTree(json);
      String name = tree.remove("type").asText();
      Class<? extends RoomEvent> type = TYPES.get(name);
      if (type == null) {
        throw new IllegalArgumentException("unknown event type in the log: " + name);
      }
      return mapper.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "unreadable event in the log: " + e.getOriginalMessage(), e);
    }
  }
}
