package dev.gavel.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of the speaking queue and of the rest of the floor. Attendees are not trusted: each
 * device has one open entry, names and points are bounded one-liners, the queue is bounded, and a
 * blocked device stays out. Part of {@link RoomRules}; pure.
 */
public final class QueueRules {

  public static final int MAX_QUEUE = 100;
  public static final int MAX_NAME = 60;
  public static final int MAX_POINT = 140;
  public static final int MAX_SEAT = 40;
  public static final int MAX_MESSAGE = 200;

  private QueueRules() {}

  /**
   * What is wrong with a hand raised with these words, in the words the phone shows, or empty. The
   * phone's edge asks first, to answer 400; the rules ask again.
   */
  public static Optional<String> invalidHand(
      String name, Optional<String> point, Optional<String> seat) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      return Optional.of("say who you are: a name is needed");
    }
    return tooLong("a name", trimmed, MAX_NAME)
        .or(() -> point.flatMap(p -> tooLong("a point", p.strip(), MAX_POINT)))
        .or(() -> seat.flatMap(s -> tooLong("a seat", s.strip(), MAX_SEAT)));
  }

  private static Optional<String> tooLong(String what, String text, int max) {
    if (text.length() > max) {
      return Optional.of(what + " is at most " + max + " characters");
    }
    return ControlCharacters.find(text, false).map(problem -> what + " " + problem);
  }

  static Decision decide(Room room, AttendeeCommand command, Instant now) {
    SpeakingQueue queue = room.floor().queue();
    if (queue.blocked().contains(command.device())) {
      return Decision.refuse("the moderator has blocked this device from the queue");
    }
    if (room.running() == null) {
      return Decision.refuse("no topic is running: the queue opens with the next topic");
    }
    return switch (command) {
      case AttendeeCommand.RaiseHand c -> raise(queue, c, now);
      case AttendeeCommand.Withdraw c ->
          queue
              .find(c.entry())
              .filter(e -> e.device().equals(c.device()))
              .<Decision>map(e -> Decision.accept(new FloorEvent.HandWithdrawn(now, e.id())))
              .orElse(Decision.refuse("this device has no such entry in the queue"));
      case AttendeeCommand.SecondPoint c -> second(queue, c, now);
    };
  }

  private static Decision raise(SpeakingQueue queue, AttendeeCommand.RaiseHand c, Instant now) {
    Optional<String> invalid = invalidHand(c.name(), c.point(), c.seat());
    if (invalid.isPresent()) {
      return Decision.refuse(invalid.get());
    }
    if (queue.waitingFrom(c.device()).isPresent()) {
      return Decision.refuse("you are in the queue already: withdraw first to change your entry");
    }
    if (queue.waiting().size() >= MAX_QUEUE) {
      return Decision.refuse("the queue is full (" + MAX_QUEUE + "): try again once it moves");
    }
    return Decision.accept(
        new FloorEvent.HandRaised(
            now,
            queue.lastEntry() + 1,
            c.device(),
            c.name().strip(),
            c.point().map(String::strip).orElse(""),
            c.kind(),
            c.seat().map(String::strip).orElse("")));
  }

  private static Decision second(SpeakingQueue queue, AttendeeCommand.SecondPoint c, Instant now) {
    Optional<QueueEntry> entry = queue.find(c.entry());
    if (entry.isEmpty()) {
      return Decision.refuse("that entry is no longer in the queue");
    }
    if (entry.get().point().isEmpty()) {
      return Decision.refuse("that entry has no written point to +1");
    }
    if (entry.get().device().equals(c.device())) {
      return Decision.refuse("you cannot +1 your own point");
    }
    if (entry.get().seconded().contains(c.device())) {
      return Decision.refuse("you gave this point a +1 already");
    }
    return Decision.accept(new FloorEvent.PointSeconded(now, c.entry(), c.device()));
  }

  static Decision decide(Room room, FloorCommand command, Instant now) {
    SpeakingQueue queue = room.floor().queue();
    return switch (command) {
      case FloorCommand.CallSpeaker c -> {
        Optional<QueueEntry> next =
            c.entry().isPresent()
                ? queue.find(c.entry().get())
                : queue.waiting().stream().findFirst();
        yield next.<Decision>map(e -> Decision.accept(new FloorEvent.SpeakerCalled(now, e.id())))
            .orElse(
                Decision.refuse(
                    c.entry().isPresent()
                        ? "that entry is not in the queue"
                        : "nobody is waiting to speak"));
      }
      case FloorCommand.RemoveFromQueue c ->
          inQueue(queue, c.entry(), e -> new FloorEvent.RemovedFromQueue(now, e.id()));
      case FloorCommand.MoveInQueue c -> move(queue, c, now);
      case FloorCommand.ClearQueue c ->
          queue.waiting().isEmpty()
              ? Decision.refuse("the queue is empty already")
              : Decision.accept(
                  new FloorEvent.QueueCleared(
                      now, queue.waiting().stream().map(QueueEntry::id).toList()));
      case FloorCommand.BlockDevice c ->
          queue
              .findAnywhere(c.entry())
              .<Decision>map(
                  e -> Decision.accept(new FloorEvent.DeviceBlocked(now, e.device(), e.id())))
              .orElse(Decision.refuse("that entry is not in the queue"));
      case FloorCommand.Cue c ->
          line("a cue", c.text())
              .<Decision>map(Decision::refuse)
              .orElseGet(() -> Decision.accept(new StageEvent.CueGiven(now, c.text().strip())));
      case FloorCommand.ClearCue c ->
          room.floor().cue() == null
              ? Decision.refuse("there is no cue to clear")
              : Decision.accept(new StageEvent.CueCleared(now));
      case FloorCommand.RoomMessage c ->
          line("a message to the room", c.text())
              .<Decision>map(Decision::refuse)
              .orElseGet(
                  () -> Decision.accept(new FloorEvent.RoomMessageShown(now, c.text().strip())));
      case FloorCommand.ClearRoomMessage c ->
          room.floor().message() == null
              ? Decision.refuse("there is no message to clear")
              : Decision.accept(new FloorEvent.RoomMessageCleared(now));
      case FloorCommand.Blackout c ->
          room.floor().blackout() == c.on()
              ? Decision.refuse(c.on() ? "the projector is dark already" : "it is not dark")
              : Decision.accept(new FloorEvent.BlackoutSet(now, c.on()));
      case FloorCommand.HideClock c ->
          room.floor().projector().clockHidden() == c.on()
              ? Decision.refuse(c.on() ? "the clock is hidden already" : "the clock is showing")
              : Decision.accept(new FloorEvent.ClockHidden(now, c.on()));
      case FloorCommand.ShowQr c ->
          room.floor().projector().qrShown() == c.on()
              ? Decision.refuse(c.on() ? "the QR code is showing already" : "it is not showing")
              : Decision.accept(new FloorEvent.QrShown(now, c.on()));
    };
  }

  private static Decision inQueue(
      SpeakingQueue queue, long entry, Function<QueueEntry, RoomEvent> event) {
    return queue
        .find(entry)
        .<Decision>map(e -> Decision.accept(event.apply(e)))
        .orElse(Decision.refuse("that entry is not in the queue"));
  }

  private static Decision move(SpeakingQueue queue, FloorCommand.MoveInQueue c, Instant now) {
    if (c.position() < 1 || c.position() > queue.waiting().size()) {
      return Decision.refuse("a position is from 1 to " + Math.max(1, queue.waiting().size()));
    }
    return inQueue(queue, c.entry(), e -> new FloorEvent.MovedInQueue(now, e.id(), c.position()));
  }

  private static Optional<String> line(String what, String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      return Optional.of(what + " needs some text");
    }
    return tooLong(what, trimmed, MAX_MESSAGE);
  }

  /**
   * The events of a decision, with the queue that was left recorded before the topic it belonged to
   * ends: a new topic starts with an empty queue.
   */
  static Decision recordingLeftQueue(Room room, Decision decision, Instant now) {
    if (!(decision instanceof Decision.Accepted accepted)
        || room.running() == null
        || room.floor().queue().waiting().isEmpty()) {
      return decision;
    }
    List<RoomEvent> events = new ArrayList<>();
    boolean recorded = false;
    for (RoomEvent event : accepted.events()) {
      if (!recorded
          && (event instanceof RoomEvent.TopicEnded || event instanceof RoomEvent.TopicStarted)) {
        events.add(
            new FloorEvent.QueueLeft(
                now,
                room.running().topic().id(),
                room.floor().queue().waiting().stream().map(QueueEntry::id).toList()));
        recorded = true;
      }
      events.add(event);
    }
    return new Decision.Accepted(events);
  }
}
