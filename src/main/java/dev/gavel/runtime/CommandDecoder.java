package dev.gavel.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.gavel.json.Json;
import dev.gavel.room.ControlCharacters;
import dev.gavel.room.Intervention;
import dev.gavel.room.Issued;
import dev.gavel.room.RoomCommand;
import dev.gavel.room.Sender;
import dev.gavel.room.TopicId;
import java.time.Duration;
import java.time.Instant;
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
 * callSpeaker     id?            a queue entry; without it, the first in the queue
 * removeFromQueue id
 * moveInQueue     id, position   position 1 is the front
 * clearQueue
 * blockDevice     id             the device behind a queue entry
 * cue             text           a private cue on the speaker's view only
 * clearCue, clearRoomMessage
 * roomMessage     text           a banner on the projector and the phones
 * blackout, hideClock, showQr
 *                 on             true or false: the projector dark, its clock hidden, its QR
 *                                code full size
 *
 * any command     deadline?      epoch milliseconds: after it, the command must not take effect
 * nextSlide, previousSlide, addTime, intervene
 *                 basedOn?       the log position the sender had seen (see room.Crossing)
 * note, correctNote, strikeNote
 *                 by?            the writer's name, kept with the line
 * </pre>
 */
public final class CommandDecoder {

  /** Fields any command may carry besides its own: its type, the client's id, its deadline. */
  private static final Set<String> ENVELOPE = Set.of("type", "commandId", "deadline");

  /** The longest name a note-taker may give. */
  public static final int MAX_NAME = 60;

  /** The earliest deadline taken for one: before 2001, a client's clock is not to be believed. */
  private static final long EARLIEST_DEADLINE = 978_307_200_000L;

  /**
   * How every message that may carry a command is read, over the socket and over HTTP alike: one
   * JSON value and nothing after it, no key twice (which would leave the command's meaning to the
   * parser), no deep nesting or huge numbers (see {@link Json#mapper}).
   */
  private static final ObjectReader STRICT =
      Json.mapper()
          .reader()
          .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private CommandDecoder() {}

  /**
   * Reads a message as strict JSON.
   *
   * @throws MalformedMessage saying what is wrong with it
   */
  public static JsonNode read(String text) {
    JsonNode message;
    try {
      message = STRICT.readTree(text);
    } catch (JsonProcessingException e) {
      throw new MalformedMessage("not valid JSON: " + e.getOriginalMessage());
    }
    if (message == null || message.isMissingNode()) {
      throw new MalformedMessage("the message is empty: send a JSON object with a \"type\"");
    }
    return message;
  }

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
      case "nextSlide" -> relative(json, new RoomCommand.NextSlide());
      case "previousSlide" -> relative(json, new RoomCommand.PreviousSlide());
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
        only(json, "seconds", "basedOn");
        yield new RoomCommand.AddTime(Duration.ofSeconds(wholeNumber(json, "seconds")));
      }
      case "cutOff" -> {
        only(json, "reason");
        yield new RoomCommand.CutOff(optionalText(json, "reason"));
      }
      case "intervene" -> {
        only(json, "intervention", "minutes", "basedOn");
        Intervention intervention = intervention(json.get("intervention"));
        int minutes = json.has("minutes") ? (int) wholeNumber(json, "minutes") : 0;
        yield new RoomCommand.Intervene(intervention, minutes);
      }
      case "correctNote" -> {
        only(json, "note", "version", "text", "by");
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
        only(json, "note", "by");
        yield new RoomCommand.StrikeNote(wholeNumber(json, "note"));
      }
      case "note" -> {
        only(json, "text", "by");
        yield new RoomCommand.Note(
            optionalText(json, "text")
                .orElseThrow(() -> new MalformedMessage("a note needs a \"text\"")));
      }
      default -> FloorDecoder.decode(type.asText(), json);
    };
  }

  /**
   * The conditions a command was issued under: what it was based on, its deadline, its writer. Call
   * after {@link #decode}, which checked that each belongs to the command.
   */
  public static Issued issued(JsonNode json, RoomCommand command, Sender sender) {
    Optional<Long> basedOn =
        json.has("basedOn") ? Optional.of(position(json, "basedOn")) : Optional.empty();
    Optional<Instant> deadline = Optional.empty();
    if (json.has("deadline")) {
      long millis = position(json, "deadline");
      if (millis < EARLIEST_DEADLINE) {
        throw new MalformedMessage("\"deadline\" is an instant in epoch milliseconds");
      }
      deadline = Optional.of(Instant.ofEpochMilli(millis));
    }
    Optional<String> writer = optionalText(json, "by").map(String::strip).filter(s -> !s.isEmpty());
    if (writer.isPresent()) {
      checkName(writer.get());
    } else if (command.writesNotes()) {
      writer = Optional.ofNullable(sender.name());
    }
    return new Issued(command, sender, basedOn, deadline, writer);
  }

  /** A name somebody gave: one short line of plain text. */
  public static String checkName(String name) {
    if (name.length() > MAX_NAME) {
      throw new MalformedMessage("a name is at most " + MAX_NAME + " characters");
    }
    Optional<String> problem = ControlCharacters.find(name, false);
    if (problem.isPresent()) {
      throw new MalformedMessage("a name " + problem.get());
    }
    return name;
  }

  private static long position(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null
        || !value.isNumber()
        || !value.canConvertToExactIntegral()
        || !value.canConvertToLong()
        || value.asLong() < 0) {
      throw new MalformedMessage("\"" + field + "\" must be a whole number, 0 or more");
    }
    return value.asLong();
  }

  private static RoomCommand relative(JsonNode json, RoomCommand command) {
    only(json, "basedOn");
    return command;
  }

  private static RoomCommand bare(JsonNode json, RoomCommand command) {
    only(json);
    return command;
  }

  static void only(JsonNode json, String... fields) {
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
