package dev.gavel.room;

import java.util.Optional;

/**
 * What an attendee's phone may ask of a room, and nothing else: it comes through its own narrow
 * path with a device token, never through the moderator's gate, and no role may send it there.
 *
 * @see QueueRules
 */
public sealed interface AttendeeCommand extends RoomCommand {

  /** The device's public id, from the token the server gave it. */
  String device();

  record RaiseHand(
      String device, String name, Optional<String> point, QueueKind kind, Optional<String> seat)
      implements AttendeeCommand {}

  record Withdraw(String device, long entry) implements AttendeeCommand {}

  /** A +1 for another attendee's point. */
  record SecondPoint(String device, long entry) implements AttendeeCommand {}
}
