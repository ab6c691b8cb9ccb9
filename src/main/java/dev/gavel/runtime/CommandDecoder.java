package dev.gavel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.room.Intervention;
import dev.gavel.room.RoomCommand;
import dev.gavel.room.TopicId;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * The one decoder of commands, used by the {@link CommandGate} for the WebSocket and the HTTP API
 * alike: a JSON object with a {@code type} and that type's fields, and nothing else (the HTTP API
 * may also carry the command's id as {@code commandId}).
 *
 * <pre>
 * startTopic      id?            a topic id; without it, the next topic
 * skipTopic       id?            a topic id; without it, the topic up next
 * nextSlide, previousSlide, startTimer, pauseTimer, undoCutOff, startDiscussion, endTopic,
 * endSession
 * addTime         seconds        whole seconds, negative to take time away
 * cutOff          reason?        shown on the screens, 200 characters at most
 * intervene       intervention   offTopic | mailingList | timeExtension;  minutes (extension only)
 * note            text           a line of discussion notes
 * correctNote     note, text, version?
 *                                rewrites the line written at log position note; with version,
 *                                refused if the line changed since
 * strikeNote      note           takes the line back
 * </pre>
 */
public final class CommandDecoder {

  /** Fields any command may carry besides its own: its type and the client's id for it. */
  private static final Set<String> ENVELOPE = Set.of("type", "commandId");

  private CommandDecoder() {}

  public static RoomCommand decode(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new MalformedMessage("a command is a JSON object with a \"type\"");
    }
    JsonNode type = json.get("type");
    if (type == null || !type.isTextual()) {
      throw new MalformedMessage("a command needs a \"type\", such as \"nextSlide\"");
    }
    return switch (type.asText()) {
      case "startTopic" -> {
        only(json, "id");
        yield new RoomCommand.StartTopic(optionalTopic(json.get("id")));
      }
      case "nextSlide" -> bare(json, new RoomCommand.NextSlide());
      case "previousSlide" -> bare(json, new RoomCommand.PreviousSlide());
      case "startTimer" -> bare(json, new RoomCommand.StartTimer());
      case "pauseTimer" -> bare(json, new RoomCommand.PauseTimer());
      case "undoCutOff" -> bare(json, new RoomCommand.UndoCutOff());
      case "startDiscussion" -> bare(json, new RoomCommand.StartDiscussion());
      case "endTopic" -> bare(json, new RoomCommand.EndTopic());
      case "skipTopic" -> {
        only(json, "id");
        yield new RoomCommand.SkipTopic(optionalTopic(json.get("id")));
      }
      case "endSession" -> bare(json, new RoomCommand.EndSession());
      case "addTime" -> {
        only(json, "seconds");
        yield new RoomCommand.AddTime(Duration.ofSeconds(wholeNumber(json, "seconds")));
      }
      case "cutOff" -> {
        only(json, "reason");
        yield new RoomCommand.CutOff(optionalText(json, "reason"));
      }
      case "intervene" -> {
        only(json, "intervention", "minutes");
        Intervention intervention = intervention(json.get("intervention"));
        int minutes = json.has("minutes") ? (int) wholeNumber(json, "minutes") : 0;
        yield new RoomCommand.Intervene(intervention, minutes);
      }
      case "correctNote" -> {
        only(json, "note", "version", "text");
        long note = wholeNumber(json, "note");
        Optional<Long> version =
            json.has("version") ? Optional.of(wholeNumber(json, "version")) : Optional.empty();
        yield new RoomCommand.CorrectNote(
            note,
            version,
            optionalText(json, "text")
                .orElseThrow(() -> new MalformedMessage("a correction needs a \"text\"")));
      }
      case "strikeNote" -> {
        only(json, "note");
        yield new RoomCommand.StrikeNote(wholeNumber(json, "note"));
      }
      case "note" -> {
        only(json, "text");
        yield new RoomCommand.Note(
            optionalText(json, "text")
                .orElseThrow(() -> new MalformedMessage("a note needs a \"text\"")));
      }
      default -> throw new MalformedMessage("unknown command type \"" + type.asText() + "\"");
    };
  }

  private static RoomCommand bare(JsonNode json, RoomCommand command) {
    only(json);
    return command;
  }

  private static void only(JsonNode json, String... fields) {
    Set<String> allowed = Set.of(fields);
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!ENVELOPE.contains(name) && !allowed.contains(name)) {
        throw new MalformedMessage(
            "\"" + json.get("type").asText() + "\" takes no field \"" + name + "\"");
      }
    }
  }

  private static Optional<TopicId> optionalTopic(JsonNode id) {
    if (id == null || id.isNull()) {
      return Optional.empty();
    }
    long value =
        id.canConvertToExactIntegral() && id.canConvertToLong()
            ? id.asLong()
            : id.isTextual() && id.asText().matches("\\d{1,18}") ? Long.parseLong(id.asText()) : 0;
    if (value <= 0) {
      throw new MalformedMessage("a topic \"id\" is a positive whole number");
    }
    return Optional.of(new TopicId(value));
  }

  private static long wholeNumber(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null
        || !value.isNumber()
        || !value.canConvertToExactIntegral()
        || !value.canConvertToInt()) {
      throw new MalformedMessage("\"" + field + "\" must be a whole number");
    }
    return value.asLong();
  }

  private static Optional<String> optionalText(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new MalformedMessage("\"" + field + "\" must be text");
    }
    return Optional.of(value.asText());
  }

  private static Intervention intervention(JsonNode value) {
    if (value != null && value.isTextual()) {
      for (Intervention intervention : Intervention.values()) {
        if (StateView.camel(intervention.name()).equals(value.asText())) {
          return intervention;
        }
      }
    }
    throw new MalformedMessage("\"intervention\" is one of offTopic, mailingList, timeExtension");
  }
}
