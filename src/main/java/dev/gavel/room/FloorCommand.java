package dev.gavel.room;

import java.util.Optional;

/** What the moderator does with the floor: the queue, the speaker's cue, the room's screens. */
public sealed interface FloorCommand extends RoomCommand {

  /** Gives the floor to the named entry, or to the first in the queue. */
  record CallSpeaker(Optional<Long> entry) implements FloorCommand {}

  record RemoveFromQueue(long entry) implements FloorCommand {}

  /** Moves an entry to a position in the queue, 1 for the front. */
  record MoveInQueue(long entry, int position) implements FloorCommand {}

  record ClearQueue() implements FloorCommand {}

  /** Blocks the device behind an entry from the room's queue. */
  record BlockDevice(long entry) implements FloorCommand {}

  /** A private cue for the speaker's view. */
  record Cue(String text) implements FloorCommand {}

  record ClearCue() implements FloorCommand {}

  record RoomMessage(String text) implements FloorCommand {}

  record ClearRoomMessage() implements FloorCommand {}

  record Blackout(boolean on) implements FloorCommand {}

  record HideClock(boolean on) implements FloorCommand {}

  record ShowQr(boolean on) implements FloorCommand {}
}
