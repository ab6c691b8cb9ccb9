package dev.gavel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.room.FloorCommand;
import dev.gavel.room.RoomCommand;
import java.util.Optional;

/** The moderator's floor commands, for the {@link CommandDecoder}: the queue, cues, the screens. */
final class FloorDecoder {

  private FloorDecoder() {}

  static RoomCommand decode(String type, JsonNode json) {
    return switch (type) {
      case "callSpeaker" -> {
        CommandDecoder.only(json, "id");
        JsonNode id = json.get("id");
        yield new FloorCommand.CallSpeaker(
            id == null || id.isNull() ? Optional.empty() : Optional.of(entry(json)));
      }
      case "removeFromQueue" -> {
        CommandDecoder.only(json, "id");
        yield new FloorCommand.RemoveFromQueue(entry(json));
      }
      case "moveInQueue" -> {
        CommandDecoder.only(json, "id", "position");
        JsonNode position = json.get("position");
        if (position == null || !position.canConvertToInt() || !position.isIntegralNumber()) {
          throw new MalformedMessage("\"position\" is a whole number, 1 for the front");
        }
        yield new FloorCommand.MoveInQueue(entry(json), position.asInt());
      }
      case "clearQueue" -> bare(json, new FloorCommand.ClearQueue());
      case "blockDevice" -> {
        CommandDecoder.only(json, "id");
        yield new FloorCommand.BlockDevice(entry(json));
      }
      case "cue" -> {
        CommandDecoder.only(json, "text");
        yield new FloorCommand.Cue(text(json));
      }
      case "clearCue" -> bare(json, new FloorCommand.ClearCue());
      case "roomMessage" -> {
        CommandDecoder.only(json, "text");
        yield new FloorCommand.RoomMessage(text(json));
      }
      case "clearRoomMessage" -> bare(json, new FloorCommand.ClearRoomMessage());
      case "blackout" -> new FloorCommand.Blackout(on(json));
      case "hideClock" -> new FloorCommand.HideClock(on(json));
      case "showQr" -> new FloorCommand.ShowQr(on(json));
      default -> throw new MalformedMessage("unknown command type \"" + type + "\"");
    };
  }

  private static RoomCommand bare(JsonNode json, RoomCommand command) {
    CommandDecoder.only(json);
    return command;
  }

  private static boolean on(JsonNode json) {
    CommandDecoder.only(json, "on");
    JsonNode on = json.get("on");
    if (on == null || !on.isBoolean()) {
      throw new MalformedMessage("\"on\" is true or false");
    }
    return on.asBoolean();
  }

  private static long entry(JsonNode json) {
    JsonNode id = json.get("id");
    if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
      throw new MalformedMessage("a queue entry \"id\" is a positive whole number");
    }
    return id.asLong();
  }

  private static String text(JsonNode json) {
    JsonNode text = json.get("text");
    if (text == null || !text.isTextual()) {
      throw new MalformedMessage("\"" + json.get("type").asText() + "\" needs a \"text\"");
    }
    return text.asText();
  }
}
