package dev.gavel.room;

/**
 * What a moderator is told about a command. Kept with the log, so that a command retried with the
 * same id gets the same answer and takes effect once.
 *
 * @see RoomService#handle
 */
public sealed interface Answer {

  /** The log position once the command was answered. */
  long seq();

  record Ack(long seq) implements Answer {}

  /**
   * Done already by another sender's identical command, which crossed this one; nothing more was
   * done. The log keeps it as an {@link Ack}.
   */
  record AlreadyDone(long seq, Sender by) implements Answer {}

  record Refusal(long seq, String reason) implements Answer {}
}
