package dev.gavel.room;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs commands through the rules and folds what they decide, on a clock the test moves by hand:
 * a room in a test, without a server or a sleep.
 */
final class RoomScript {

  static final Instant NINE_AM = Instant.parse("2015-08-20T09:00:00Z");
  static final SessionId SESSION = new SessionId(1);

  final Agenda agenda;
  final List<RoomEvent> log = new ArrayList<>();
  Room room = Room.initial();
  Instant now = NINE_AM;

  RoomScript(Topic... topics) {
    this.agenda = new Agenda(List.of(new Agenda.Session(SESSION, "Networking", List.of(topics))));
  }

  /** Three topics of 15 minutes, 5 of them for the presentation, with three slides each. */
  static RoomScript withThreeTopics() {
    return new RoomScript(topic(1, "A new VRF proposal"), topic(2, "IPv6 routing"), topic(3, "Next steps in eBPF"));
  }

  static Topic topic(long id, String title) {
    return new Topic(
        new TopicId(id),
        SESSION,
        title,
        List.of("A Presenter"),
        "Networking",
        Duration.ofMinutes(15),
        Duration.ofMinutes(5),
        Topic.DEFAULT_SLIDE_LIMIT);
  }

  Decision run(RoomCommand command) {
    Decision decision = RoomRules.decide(room, command, now, agenda);
    for (RoomEvent event : decision.events()) {
      room = room.apply(event);
      log.add(event);
    }
    return decision;
  }

  /** Runs a command that the test expects to be accepted, and fails loudly if it is not. */
  RoomScript does(RoomCommand command) {
    Decision decision = run(command);
    if (decision instanceof Decision.Refused refused) {
      throw new AssertionError(command + " was refused: " + refused.reason());
    }
    return this;
  }

  RoomScript after(Duration elapsed) {
    now = now.plus(elapsed);
    return this;
  }

  Duration remaining() {
    return room.timer().remaining(now);
  }

  static RoomCommand startNext() {
    return new RoomCommand.StartTopic(Optional.empty());
  }

  static RoomCommand start(long id) {
    return new RoomCommand.StartTopic(Optional.of(new TopicId(id)));
  }

  static RoomCommand nextSlide() {
    return new RoomCommand.NextSlide();
  }

  static RoomCommand cutOff(String reason) {
    return new RoomCommand.CutOff(Optional.ofNullable(reason));
  }
}
