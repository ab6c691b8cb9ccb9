package dev.gavel.room;

import java.time.Instant;

/**
 * The room's floor beside its topic and timer: the speaking queue, the message to the room, the
 * projector's blackout, and the speaker's private cue (which no public view carries).
 *
 * @param message the moderator's message to the room, or null
 * @param cue the private cue on the speaker's view, or null
 */
public record Floor(
    SpeakingQueue queue, Said message, boolean blackout, Said cue, Projector projector) {

  /** What the projector hides or shows besides its usual screen. */
  public record Projector(boolean clockHidden, boolean qrShown) {}

  /** A line the moderator typed, with when. */
  public record Said(String text, Instant at) {}

  public static Floor initial() {
    return new Floor(SpeakingQueue.empty(), null, false, null, new Projector(false, false));
  }

  /** When a topic ends or another starts: the queue empties; the rest stays until cleared. */
  Floor forNextTopic() {
    return new Floor(queue.forNextTopic(), message, blackout, cue, projector);
  }

  Floor apply(FloorEvent event) {
    return switch (event) {
      case FloorEvent.RoomMessageShown e ->
          new Floor(queue, new Said(e.text(), e.at()), blackout, cue, projector);
      case FloorEvent.RoomMessageCleared e -> new Floor(queue, null, blackout, cue, projector);
      case FloorEvent.BlackoutSet e -> new Floor(queue, message, e.on(), cue, projector);
      case FloorEvent.ClockHidden e ->
          new Floor(queue, message, blackout, cue, new Projector(e.on(), projector.qrShown()));
      case FloorEvent.QrShown e ->
          new Floor(queue, message, blackout, cue, new Projector(projector.clockHidden(), e.on()));
      case FloorEvent.HandRaised e -> withQueue(queue.apply(e));
      case FloorEvent.HandWithdrawn e -> withQueue(queue.apply(e));
      case FloorEvent.PointSeconded e -> withQueue(queue.apply(e));
      case FloorEvent.SpeakerCalled e -> withQueue(queue.apply(e));
      case FloorEvent.RemovedFromQueue e -> withQueue(queue.apply(e));
      case FloorEvent.MovedInQueue e -> withQueue(queue.apply(e));
      case FloorEvent.QueueCleared e -> withQueue(queue.apply(e));
      case FloorEvent.DeviceBlocked e -> withQueue(queue.apply(e));
      case FloorEvent.QueueLeft e -> withQueue(queue.apply(e));
    };
  }

  private Floor withQueue(SpeakingQueue next) {
    return new Floor(next, message, blackout, cue, projector);
  }

  Floor apply(StageEvent event) {
    return switch (event) {
      case StageEvent.CueGiven e ->
          new Floor(queue, message, blackout, new Said(e.text(), e.at()), projector);
      case StageEvent.CueCleared e -> new Floor(queue, message, blackout, null, projector);
    };
  }
}
