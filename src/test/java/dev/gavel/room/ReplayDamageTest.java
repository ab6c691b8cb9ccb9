package dev.gavel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gavel.testing.MemoryLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A log that cannot be the room's history stops its replay at the first position that is not sound,
 * saying what is wrong there; the rules never decide such an event, so only a log damaged outside
 * Gavel holds one.
 */
class ReplayDamageTest {

  private static final Instant AT = RoomScript.NINE_AM;
  private static final RoomSlug ROOM = new RoomSlug("networking");
  private static final Topic TOPIC = RoomScript.topic(1, "A new VRF proposal");

  @Test
  void aGap_isDamageAtTheMissingPosition() {
    DamagedLog damage =
        replay(
            new LoggedEvent(1, new RoomEvent.TopicStarted(AT, TOPIC)),
            new LoggedEvent(3, new RoomEvent.SlideShown(AT, 2)));

    assertEquals(2, damage.position());
    assertEquals("position 2 is missing; the next event is at position 3", damage.problem());
    assertEquals(
        "the log of room \"networking\" is damaged at position 2: position 2 is missing; the next"
            + " event is at position 3",
        damage.getMessage());
  }

  @Test
  void aSlideWithoutATopic_cannotHappen() {
    DamagedLog damage = replay(new LoggedEvent(1, new RoomEvent.SlideShown(AT, 2)));

    assertEquals(1, damage.position());
    assertEquals(
        "an event that cannot happen there: a slide is shown, but no topic is running",
        damage.problem());
  }

  @Test
  void aSlidePastTheLimit_cannotHappen() {
    DamagedLog damage =
        replay(
            new LoggedEvent(1, new RoomEvent.TopicStarted(AT, TOPIC)),
            new LoggedEvent(2, new RoomEvent.SlideShown(AT, 9)));

    assertEquals(
        "an event that cannot happen there: slide 9 is shown, but the topic has slides 1 to 3",
        damage.problem());
  }

  @Test
  void anotherTopicEnding_cannotHappen() {
    DamagedLog damage =
        replay(
            new LoggedEvent(1, new RoomEvent.TopicStarted(AT, TOPIC)),
            new LoggedEvent(2, new RoomEvent.TopicEnded(AT, new TopicId(2))));

    assertEquals(
        "an event that cannot happen there: topic 2 ends, but topic 1 is running",
        damage.problem());
  }

  @Test
  void anUndoWithoutACutOff_cannotHappen() {
    DamagedLog damage =
        replay(
            new LoggedEvent(1, new RoomEvent.TopicStarted(AT, TOPIC)),
            new LoggedEvent(2, new RoomEvent.CutOffUndone(AT)));

    assertEquals(2, damage.position());
  }

  @Test
  void theRunningTopicSkipped_cannotHappen() {
    DamagedLog damage =
        replay(
            new LoggedEvent(1, new RoomEvent.TopicStarted(AT, TOPIC)),
            new LoggedEvent(2, new RoomEvent.TopicSkipped(AT, TOPIC.id())));

    assertEquals(
        "an event that cannot happen there: topic 1 is skipped while it runs", damage.problem());
  }

  @Test
  void aSessionEndingWhileATopicRuns_cannotHappen() {
    DamagedLog damage =
        replay(
            new LoggedEvent(1, new RoomEvent.TopicStarted(AT, TOPIC)),
            new LoggedEvent(2, new RoomEvent.SessionEnded(AT, RoomScript.SESSION, List.of())));

    assertEquals(2, damage.position());
  }

  @Test
  void everyEventTheRulesDecide_canHappen() {
    RoomScript script =
        RoomScript.withThreeTopics()
            .does(RoomScript.startNext())
            .does(RoomScript.nextSlide())
            .does(new RoomCommand.PauseTimer())
            .does(new RoomCommand.StartTimer())
            .does(new RoomCommand.AddTime(Duration.ofMinutes(1)))
            .does(RoomScript.cutOff("pitch"))
            .does(new RoomCommand.UndoCutOff())
            .does(new RoomCommand.StartDiscussion())
            .does(RoomScript.cutOff(null))
            .does(new RoomCommand.StartDiscussion())
            .does(new RoomCommand.Intervene(Intervention.TIME_EXTENSION, 5))
            .does(new RoomCommand.SkipTopic(Optional.empty()))
            .does(RoomScript.start(3))
            .does(new RoomCommand.EndTopic())
            .does(RoomScript.start(1))
            .does(new RoomCommand.EndSession());
    MemoryLog log = new MemoryLog();
    log.events.addAll(script.logged());

    RoomService service =
        RoomService.replay(ROOM, log, Clock.fixed(AT, ZoneOffset.UTC), script.agenda);

    assertEquals(script.log.size(), service.snapshot().seq());
  }

  private static DamagedLog replay(LoggedEvent... events) {
    MemoryLog log = new MemoryLog();
    log.events.addAll(List.of(events));
    return assertThrows(
        DamagedLog.class,
        () -> RoomService.replay(ROOM, log, Clock.fixed(AT, ZoneOffset.UTC), Agenda.empty()));
  }
}
