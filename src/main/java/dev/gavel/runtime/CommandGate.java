package dev.gavel.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.access.Role;
import dev.gavel.room.Answer;
import dev.gavel.room.AttendeeCommand;
import dev.gavel.room.DamagedLog;
import dev.gavel.room.Issued;
import dev.gavel.room.LogFailure;
import dev.gavel.room.RoomCommand;
import dev.gavel.room.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into a room for a command, whichever transport brought it: its id is checked, the
 * command decoded, the sender's role checked, and the room's service runs it. Each transport only
 * says what the outcome is in its own terms.
 */
public final class CommandGate {

  /** The longest command id a client may choose. */
  public static final int MAX_COMMAND_ID = 100;

  /** What a client is told when the log could not be written, whichever transport it used. */
  public static final String UNSAVED =
      "the server could not save this (is its disk full?); nothing changed, try again";

  private static final Logger LOG = LoggerFactory.getLogger(CommandGate.class);

  /** What came of a command. Only {@link Done} may have changed the room. */
  public sealed interface Outcome {

    /** The room's rules answered: accepted, or refused with a reason (and perhaps logged). */
    record Done(Answer answer) implements Outcome {}

    /** The sender's role may not give this command; nothing changed. */
    record NotYours(long seq, String reason) implements Outcome {}

    /** The command or its id could not be understood; nothing changed. */
    record Malformed(String message) implements Outcome {}

    /**
     * The session log could not be written, or the room is closed because its log is damaged;
     * nothing changed and nobody was told.
     */
    record Unsaved(String message) implements Outcome {}
  }

  private CommandGate() {}

  /**
   * @param commandId chosen by the client, so that a retry takes effect once
   * @param command the command's JSON: a {@code type} and that type's fields
   */
  /**
   * The attendee's narrow path: a hand raised, withdrawn or seconded, from a device the edge has
   * already recognised and held to its limits. No role is involved, and no other command can come
   * this way.
   */
  public static Outcome fromAttendee(OpenRoom room, String commandId, AttendeeCommand command) {
    try {
      return new Outcome.Done(room.service().handle(commandId, command));
    } catch (LogFailure e) {
      LOG.error("room {}: a hand could not be saved", room.info().slug(), e);
      return new Outcome.Unsaved(UNSAVED);
    }
  }

  public static Outcome pass(OpenRoom room, Role role, String commandId, JsonNode command) {
    return pass(room, role, commandId, command, Sender.once(String.valueOf(commandId)));
  }

  /**
   * @param sender who sent it: commands from one sender never cross each other (see {@link
   *     dev.gavel.room.Crossing})
   */
  public static Outcome pass(
      OpenRoom room, Role role, String commandId, JsonNode command, Sender sender) {
    if (commandId == null || commandId.isBlank() || commandId.length() > MAX_COMMAND_ID) {
      return new Outcome.Malformed("a command id is 1 to " + MAX_COMMAND_ID + " characters");
    }
    RoomCommand decoded;
    Issued issued;
    try {
      decoded = CommandDecoder.decode(command);
      issued = CommandDecoder.issued(command, decoded, sender);
    } catch (MalformedMessage e) {
      return new Outcome.Malformed(e.getMessage());
    }
    try {
      if (!role.may(decoded)) {
        return new Outcome.NotYours(room.service().snapshot().seq(), role.refusal());
      }
      return new Outcome.Done(room.service().handle(commandId, issued));
    } catch (LogFailure e) {
      LOG.error("room {}: a command could not be saved", room.info().slug(), e);
      return new Outcome.Unsaved(UNSAVED);
    } catch (DamagedLog e) {
      room.close(e);
      return new Outcome.Unsaved(closed(e));
    }
  }

  /**
   * What anybody is told of a room closed for its damaged log, whatever they asked of it: a
   * command, its state, one of its pages.
   */
  public static String closed(DamagedLog damage) {
    String problem = damage.getMessage();
    return Character.toUpperCase(problem.charAt(0))
        + problem.substring(1)
        + ". The room is closed until it is repaired; every other room runs."
        + " To repair it, stop Gavel and start it once with --repair-room "
        + damage.room().value()
        + " (see the README).";
  }
}
