package dev.gavel.notes;

import dev.gavel.room.FloorEvent;
import dev.gavel.room.QueueKind;

/** A floor event as a line of the session log. Entries are named by their number in the queue. */
final class FloorWords {

  private FloorWords() {}

  static String of(FloorEvent event) {
    return switch (event) {
      case FloorEvent.HandRaised e ->
          "Queue #"
              + e.entry()
              + ": "
              + e.name()
              + (e.kind() == QueueKind.CLARIFY ? " (clarifying question)" : "")
              + (e.point().isEmpty() ? "" : ": " + e.point());
      case FloorEvent.HandWithdrawn e -> "Queue #" + e.entry() + " withdrawn";
      case FloorEvent.PointSeconded e -> "Queue #" + e.entry() + " +1";
      case FloorEvent.SpeakerCalled e -> "Speaker called: queue #" + e.entry();
      case FloorEvent.RemovedFromQueue e -> "Queue #" + e.entry() + " removed by the moderator";
      case FloorEvent.MovedInQueue e ->
          "Queue #" + e.entry() + " moved to position " + e.position();
      case FloorEvent.QueueCleared e -> "Queue cleared (" + e.entries().size() + " waiting)";
      case FloorEvent.DeviceBlocked e -> "Device of queue #" + e.entry() + " blocked";
      case FloorEvent.QueueLeft e -> e.entries().size() + " left in the queue, not heard";
      case FloorEvent.RoomMessageShown e -> "Message to the room: " + e.text();
      case FloorEvent.RoomMessageCleared e -> "Message to the room cleared";
      case FloorEvent.BlackoutSet e -> e.on() ? "Projector blacked out" : "Projector back on";
      case FloorEvent.ClockHidden e -> e.on() ? "Clock hidden" : "Clock shown";
      case FloorEvent.QrShown e -> e.on() ? "QR code shown full size" : "QR code put away";
    };
  }
}
