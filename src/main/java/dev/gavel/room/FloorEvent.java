package dev.gavel.room;

import java.time.Instant;
import java.util.List;

/**
 * What happened on the room's floor: the speaking queue of the running topic, the message to the
 * room, the projector's blackout. Public: every screen sees these.
 */
public sealed interface FloorEvent extends RoomEvent {

  /** An attendee joined the queue of the running topic. */
  record HandRaised(
      Instant at, long entry, String device, String name, String point, QueueKind kind, String seat)
      implements FloorEvent {}

  /** The attendee took their entry back. */
  record HandWithdrawn(Instant at, long entry) implements FloorEvent {}

  /** Another device gave the entry's point a +1. */
  record PointSeconded(Instant at, long entry, String device) implements FloorEvent {}

  /** The moderator gave the entry the floor; whoever spoke before is done. */
  record SpeakerCalled(Instant at, long entry) implements FloorEvent {}

  record RemovedFromQueue(Instant at, long entry) implements FloorEvent {}

  /** The entry moved to the position (1 for the front) among those waiting. */
  record MovedInQueue(Instant at, long entry, int position) implements FloorEvent {}

  /** The moderator emptied the queue; {@code entries} were waiting. */
  record QueueCleared(Instant at, List<Long> entries) implements FloorEvent {
    public QueueCleared {
      entries = List.copyOf(entries);
    }
  }

  /**
   * The moderator blocked the device behind an entry: its entries leave the queue, and it may not
   * join again in this room. Kept in the log, so a restart keeps the block.
   */
  record DeviceBlocked(Instant at, String device, long entry) implements FloorEvent {}

  /**
   * The topic ended (or another started) with these entries still waiting: recorded for the report,
   * since the next topic starts with an empty queue.
   */
  record QueueLeft(Instant at, TopicId topic, List<Long> entries) implements FloorEvent {
    public QueueLeft {
      entries = List.copyOf(entries);
    }
  }

  /** A message to the room, on the projector and the phones until cleared. */
  record RoomMessageShown(Instant at, String text) implements FloorEvent {}

  record RoomMessageCleared(Instant at) implements FloorEvent {}

  /** The projector goes dark but for a small clock (on), or comes back (off). */
  record BlackoutSet(Instant at, boolean on) implements FloorEvent {}

  /** The projector hides its clock (on), or shows it again (off). */
  record ClockHidden(Instant at, boolean on) implements FloorEvent {}

  /** The projector shows the QR code of the attendee page full size (on), or its usual screen. */
  record QrShown(Instant at, boolean on) implements FloorEvent {}
}
