package dev.gavel.programme.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded JSON file as a tree, as hostile input (bounded nesting, numbers and strings;
 * duplicate keys and trailing data refused), and takes typed fields out of it with messages that
 * give the field's path: {@code schedule.conference.title must be text, not a number}.
 */
final class JsonFields {

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxNumberLength(20)
                          .maxStringLength(ScheduleImport.MAX_BYTES)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonFields() {}

  static JsonNode parse(byte[] body) {
    try {
      JsonNode root = MAPPER.readTree(body);
      if (root == null || !root.isObject()) {
        throw new ImportException("the JSON must be an object, not " + kind(root));
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new ImportException(
          "the JSON is malformed" + at(e.getLocation()) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ImportException("the JSON could not be read: " + e.getMessage(), e);
    }
  }

  /** A text field, or null when it is missing or null. */
  static String text(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw wrongType(join(path, field), "text", node);
    }
    return node.asText();
  }

  /** An identifier: text, or a whole number as pretalx writes its ids. */
  static String id(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    return node != null && node.isIntegralNumber() ? node.asText() : text(parent, field, path);
  }

  static String requiredText(JsonNode parent, String field, String path) {
    String value = text(parent, field, path);
    if (value == null) {
      throw new ImportException(join(path, field) + " is missing");
    }
    return value;
  }

  /** An object field, or null when it is missing or null. */
  static JsonNode object(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw wrongType(join(path, field), "an object", node);
    }
    return node;
  }

  static JsonNode requiredObject(JsonNode parent, String field, String path) {
    JsonNode node = object(parent, field, path);
    if (node == null) {
      throw new ImportException(join(path, field) + " is missing");
    }
    return node;
  }

  /** An array field's items; none when it is missing or null. */
  static List<JsonNode> array(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw wrongType(join(path, field), "an array", node);
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  /** An array of text, such as presenters' names. */
  static List<String> texts(JsonNode parent, String field, String path) {
    List<JsonNode> items = array(parent, field, path);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).isTextual()) {
        throw wrongType(join(path, field) + "[" + i + "]", "text", items.get(i));
      }
      texts.add(items.get(i).asText());
    }
    return texts;
  }

  /** A whole-number field, or null when it is missing or null. */
  static Integer integer(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isInt()) {
      throw wrongType(join(path, field), "a whole number", node);
    }
    return node.intValue();
  }

  /** A member's path: {@code schedule.conference}, or just the name at the top. */
  static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static ImportException wrongType(String path, String expected, JsonNode node) {
    return new ImportException(path + " must be " + expected + ", not " + kind(node));
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "empty";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING, BINARY -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL, MISSING -> "null";
    };
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
