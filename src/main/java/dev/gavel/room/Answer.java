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

  record Refusal(long seq, String reason) implements Answer {}
}
