package dev.gavel.room;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What happened in a room: the session log is these, in order, and the room's state is their fold
 * ({@link Room#apply}). Each carries the instant it happened, chosen by the rules, so replaying the
 * log needs no clock.
 */
public sealed interface RoomEvent
    permits RoomEvent.TopicStarted,
        RoomEvent.SlideShown,
        RoomEvent.SlideLimitReached,
        RoomEvent.DiscussionStarted,
        RoomEvent.TimerPaused,
        RoomEvent.TimerResumed,
        RoomEvent.TimeAdded,
        RoomEvent.PitchCutOff,
        RoomEvent.CutOffUndone,
        RoomEvent.Intervened,
        RoomEvent.TopicEnded,
        RoomEvent.TopicSkipped,
        RoomEvent.SessionEnded,
        RoomEvent.NoteWritten,
        RoomEvent.NoteCorrected,
        RoomEvent.NoteStruck,
        FloorEvent,
        StageEvent {

  Instant at();

  /** A topic began: slide 1, presentation phase, its presentation timer running. */
  record TopicStarted(Instant at, Topic topic) implements RoomEvent {}

  record SlideShown(Instant at, int slide) implements RoomEvent {}

  /** Somebody asked for one slide more than the limit: refused, and kept in the log. */
  record SlideLimitReached(Instant at, int slideLimit) implements RoomEvent {}

  /** The discussion timer began with the topic's remaining time. */
  record DiscussionStarted(Instant at, Duration duration) implements RoomEvent {}

  record TimerPaused(Instant at) implements RoomEvent {}

  record TimerResumed(Instant at) implements RoomEvent {}

  /** Time given to (positive) or taken from (negative) the running phase's timer. */
  record TimeAdded(Instant at, Duration amount) implements RoomEvent {}

  /** The moderator stopped a pitch; the reason is empty when none was given. */
  record PitchCutOff(Instant at, String reason) implements RoomEvent {}

  record CutOffUndone(Instant at) implements RoomEvent {}

  /** A typed intervention shown on every screen; minutes only for a time extension. */
  record Intervened(Instant at, Intervention intervention, int minutes) implements RoomEvent {}

  record TopicEnded(Instant at, TopicId topic) implements RoomEvent {}

  /** A topic passed over without running; it is no longer up next, but can still be started. */
  record TopicSkipped(Instant at, TopicId topic) implements RoomEvent {}

  /**
   * The moderator ended a session; {@code skipped} are its topics that had not run, in programme
   * order. A running topic ends first, in its own event.
   */
  record SessionEnded(Instant at, SessionId session, List<TopicId> skipped) implements RoomEvent {
    public SessionEnded {
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * A line of discussion notes, for the running topic or, between topics, for the session.
   *
   * @param by the name its writer gave, or null: lines written before names were kept have none,
   *     and the log leaves the field out then
   */
  record NoteWritten(Instant at, TopicId topic, SessionId session, String text, String by)
      implements RoomEvent {
    public NoteWritten(Instant at, TopicId topic, SessionId session, String text) {
      this(at, topic, session, text, null);
    }
  }

  /**
   * A line of notes rewritten; {@code note} is the log position of the line as first written.
   *
   * @param by the name of who corrected it, or null (see {@link NoteWritten})
   */
  record NoteCorrected(Instant at, long note, String text, String by) implements RoomEvent {
    public NoteCorrected(Instant at, long note, String text) {
      this(at, note, text, null);
    }
  }

  /** A line of notes taken back; the log keeps it, the published notes no longer show it. */
  record NoteStruck(Instant at, long note) implements RoomEvent {}
}
