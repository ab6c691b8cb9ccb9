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

  record Note(String text) implements RoomCommand {}
}
