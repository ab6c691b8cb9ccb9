package dev.gavel.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.runtime.StateView;
import java.util.List;

/**
 * The WebSocket protocol of {@code /rooms/{room}/live}: every message is a JSON object with a
 * {@code type}. The server is the source of truth; this table is the contract. What the server
 * sends is one of the records below, each naming its own type, written by {@link WireWriter}.
 *
 * <pre>
 * client → server (the socket's address may carry ?resume=stream.seq: see resumed)
 *   command   id, command        a command (see runtime.CommandDecoder); id chosen by the client
 *   ping      t                  any number of the client's (its elapsed time); echoed in pong
 *   pong                         accepted and ignored (servers before this one sent JSON pings)
 *   resync                       asks for a fresh snapshot (after a gap in seq); a few at once,
 *                                then one every 2 s; a socket that asks for more is closed (1008)
 * server → client
 *   snapshot  seq, stream, serverTime, role, room, thresholds, state, notes, cue?
 *                                first message, and on resync; stream names this run of the
 *                                room's sequence, for resuming (below). notes are the session's
 *                                so far: whole (NoteView) for the roles that may correct them,
 *                                else the lines not struck as they are shown (ShownLine: html,
 *                                no text); cue (text, at) only for the stage and moderators, when
 *                                one is up
 *   resumed   seq, serverTime, stream
 *                                first message instead of a snapshot, to a socket opened with
 *                                ?resume=stream.seq whose stream is the room's and whose seq (the
 *                                one echoed here) is recent enough: the page keeps what it shows,
 *                                and the events after seq follow. Any other token gets the
 *                                snapshot, and no error
 *   event     seq, event, state?, note?, by?
 *                                every event in log order; seq goes up by one each time. state
 *                                only when the event changed it (else it is the last one), its
 *                                agenda only when the event started or ended a topic. An event
 *                                that writes, corrects or strikes a line carries the line as it
 *                                now is in note, its HTML rendered, and its text there alone
 *                                (not in event). A private cue event (cueGiven, cueCleared)
 *                                reaches the stage and moderators only: every other socket gets
 *                                {type: withheld, at} at its seq. by is whose command made it
 *                                (id, name), when the room knows
 *   ack       id, seq, alreadyDoneBy?
 *                                the command took effect (or had already, for a retry); may come
 *                                before the events it caused; with alreadyDoneBy, the same
 *                                command from that sender crossed it and this one changed
 *                                nothing more
 *   presence  you, moderators, noteTakers
 *                                to sockets that may command, whenever one comes or goes: who
 *                                runs the room and writes its notes (id, name); you is your id
 *   refused   id, seq, reason    the command changed nothing; reason says why
 *   error     message, id?       a message that could not be understood, or (with the command's
 *                                id) a command that could not be saved; nothing changed
 *   pong      t, serverTime      answers ping: t is echoed for the round trip
 * The server sends WebSocket protocol pings to a socket it has not heard from for a while; a
 * browser answers them by itself.
 * </pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(Wire.Snapshot.class),
  @JsonSubTypes.Type(Wire.Resumed.class),
  @JsonSubTypes.Type(Wire.Event.class),
  @JsonSubTypes.Type(Wire.Ack.class),
  @JsonSubTypes.Type(Wire.Refused.class),
  @JsonSubTypes.Type(Wire.Error.class),
  @JsonSubTypes.Type(Wire.Pong.class),
  @JsonSubTypes.Type(Wire.PresenceNow.class)
})
sealed interface Wire {

  /**
   * @param joinUrl the attendee page's address as people in the room type it
   */
  record RoomRef(String slug, String name, String joinUrl) {}

  /** A line of notes in a snapshot: whole for a screen that corrects lines, else as it is shown. */
  sealed interface Line {}

  /**
   * A line of notes whole: its Markdown text and the HTML it renders to, made safe on the server.
   * topicId is null for a note written between topics; version is the log position of its last
   * change, which a correction names.
   */
  record NoteView(
      long seq,
      long at,
      Long topicId,
      String text,
      String html,
      boolean struck,
      long version,
      Long editedAt,
      String by,
      String correctedBy)
      implements Line {

    /** The line as a watching screen shows it. */
    ShownLine shown() {
      return new ShownLine(seq, at, topicId, html, version, by);
    }
  }

  /**
   * A line as a screen that only watches shows it: its HTML alone (the Markdown is for correcting),
   * by absent when not given. A watcher's snapshot leaves struck lines out, so none is struck.
   * version is still the line's last change: a screen redraws a line when it moves.
   */
  record ShownLine(
      long seq,
      long at,
      Long topicId,
      String html,
      long version,
      @JsonInclude(JsonInclude.Include.NON_NULL) String by)
      implements Line {}

  /** A sender of commands as the others see it: its id and the name it goes by. */
  record Peer(String id, String name) {}

  record Thresholds(long warningMs, long dangerMs) {}

  /**
   * @param stream this run of the room's outgoing sequence: a socket that comes back names it with
   *     the last seq it read, to be sent only what it missed
   */
  @JsonTypeName("snapshot")
  record Snapshot(
      long seq,
      String stream,
      long serverTime,
      String role,
      RoomRef room,
      Thresholds thresholds,
      StateView state,
      List<? extends Line> notes,
      @JsonInclude(JsonInclude.Include.NON_NULL) CueView cue)
      implements Wire {}

  /**
   * A socket that came back where it left off: it keeps what it shows, and the events after {@code
   * seq} follow, as they would have had it never left.
   */
  @JsonTypeName("resumed")
  record Resumed(long seq, long serverTime, String stream) implements Wire {}

  /** The speaker's private cue: only in the snapshots of the stage's and moderators' sockets. */
  record CueView(String text, long at) {}

  /**
   * @param state the state after the event; absent when the event left it as it was
   * @param note the line of notes the event wrote, corrected or struck; absent otherwise
   * @param by whose command made the event; null when the room does not know
   */
  @JsonTypeName("event")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Event(long seq, JsonNode event, StateView state, NoteView note, Peer by) implements Wire {}

  /**
   * @param alreadyDoneBy who gave the same command first, when it crossed this one; else absent
   */
  @JsonTypeName("ack")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Ack(String id, long seq, String alreadyDoneBy) implements Wire {
    Ack(String id, long seq) {
      this(id, seq, null);
    }
  }

  /**
   * @param you the id of the socket this goes to, as its events' {@code by} name it
   */
  @JsonTypeName("presence")
  record PresenceNow(String you, List<Peer> moderators, List<Peer> noteTakers) implements Wire {}

  @JsonTypeName("refused")
  record Refused(String id, long seq, String reason) implements Wire {}

  /**
   * @param id the command this answers, when it is a command that could not be saved; absent for a
   *     message that could not be understood
   */
  @JsonTypeName("error")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Error(String message, String id) implements Wire {
    Error(String message) {
      this(message, null);
    }
  }

  @JsonTypeName("pong")
  record Pong(JsonNode t, long serverTime) implements Wire {}
}
