package dev.gavel.room;

import java.time.Duration;
import java.util.Optional;

/**
 * What a moderator asks of a room. Every transport decodes into these and hands them to the one
 * {@link RoomService}; the rules decide whether they become events or a refusal.
 */
public sealed interface RoomCommand {

  /** Start the named topic, or the next one in the programme when none is named. */
  record StartTopic(Optional<TopicId> topic) implements RoomCommand {}

  record NextSlide() implements RoomCommand {}

  record PreviousSlide() implements RoomCommand {}

  /** Start the timer, or resume it after a pause. */
  record StartTimer() implements RoomCommand {}

  record PauseTimer() implements RoomCommand {}

  /** Add time to the running timer; a negative amount takes time away. */
  record AddTime(Duration amount) implements RoomCommand {}

  record CutOff(Optional<String> reason) implements RoomCommand {}

  record UndoCutOff() implements RoomCommand {}

  record StartDiscussion() implements RoomCommand {}

  /** Show a typed intervention; minutes only for a time extension (which also adds the time). */
  record Intervene(Intervention intervention, int minutes) implements RoomCommand {}

  record EndTopic() implements RoomCommand {}

  /**
   * Passes over a topic that has not run, so that it is no longer up next: the named one, or the
   * one up next when none is named. A skipped topic can still be started later.
   */
  record SkipTopic(Optional<TopicId> topic) implements RoomCommand {}

  /**
   * Ends the session the room is in: its running topic ends and the topics it has not run are
   * skipped, so the next session's first topic is up next.
   */
  record EndSession() implements RoomCommand {}

  record Note(String text) implements RoomCommand {}

  /**
   * Rewrites a line of notes.
   *
   * @param note the line's log position as first written
   * @param version the version the writer saw (its last change's log position), so that two
   *     note-takers correcting the same line do not overwrite each other; empty to not check
   */
  record CorrectNote(long note, Optional<Long> version, String text) implements RoomCommand {}

  record StrikeNote(long note) implements RoomCommand {}

  /** Whether the command only writes notes, which a note-taker may do too. */
  default boolean writesNotes() {
    return this instanceof Note || this instanceof CorrectNote || this instanceof StrikeNote;
  }
}
