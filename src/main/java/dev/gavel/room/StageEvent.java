package dev.gavel.room;

import java.time.Instant;

/**
 * What only the speaker's view may see: the moderator's private cues. The socket writes these to
 * the stage and the moderators alone; every other screen learns only that the log moved on.
 */
public sealed interface StageEvent extends RoomEvent {

  /** A cue on the speaker's view until cleared or replaced. */
  record CueGiven(Instant at, String text) implements StageEvent {}

  record CueCleared(Instant at) implements StageEvent {}
}
