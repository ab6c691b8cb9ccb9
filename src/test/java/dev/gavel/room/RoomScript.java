package dev.gavel.room;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs commands through the rules and folds what they decide, on a clock the test moves by hand: a
 * room in a test, without a server or a sleep.
 */
public final class RoomScript {

  public static final Instant NINE_AM = Instant.parse("2015-08-20T09:00:00Z");
  public static final SessionId SESSION = new SessionId(1);

  public final Agenda agenda;
  public final List<RoomEvent> log = new ArrayList<>();
  public final Notebook notes = new Notebook();
  public Room room = Room.initial();
  public Instant now = NINE_AM;

  public RoomScript(Topic... topics) {
    this.agenda = new Agenda(List.of(new Agenda.Session(SESSION, "Networking", List.of(topics))));
  }

  /** Three topics of 15 minutes, 5 of them for the presentation, with three slides each. */
  public static RoomScript withThreeTopics() {
    return new RoomScript(
        topic(1, "A new VRF proposal"), topic(2, "IPv6 routing"), topic(3, "Next steps in eBPF"));
  }

  public static Topic topic(long id, String title) {
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

  public Decision run(RoomCommand command) {
    Decision decision = RoomRules.decide(room, command, now, agenda, notes);
    for (RoomEvent event : decision.events()) {
      room = room.apply(event);
      log.add(event);
      notes.published(new LoggedEvent(log.size(), event), room);
    }
    return decision;
  }

  /** Runs a command that the test expects to be accepted, and fails loudly if it is not. */
  public RoomScript does(RoomCommand command) {
    Decision decision = run(command);
    if (decision instanceof Decision.Refused refused) {
      throw new AssertionError(command + " was refused: " + refused.reason());
    }
    return this;
  }

  public RoomScript after(Duration elapsed) {
    now = now.plus(elapsed);
    return this;
  }

  /** The log as the store keeps it: each event at its position. */
  public List<LoggedEvent> logged() {
    List<LoggedEvent> logged = new ArrayList<>();
    for (int i = 0; i < log.size(); i++) {
      logged.add(new LoggedEvent(i + 1, log.get(i)));
    }
    return logged;
  }

  public Duration remaining() {
    return room.timer().remaining(now);
  }

  public static RoomCommand startNext() {
    return new RoomCommand.StartTopic(Optional.empty());
  }

  public static RoomCommand start(long id) {
    return new RoomCommand.StartTopic(Optional.of(new TopicId(id)));
  }

  public static RoomCommand nextSlide() {
    return new RoomCommand.NextSlide();
  }

  public static RoomCommand cutOff(String reason) {
    return new RoomCommand.CutOff(Optional.ofNullable(reason));
  }
}
