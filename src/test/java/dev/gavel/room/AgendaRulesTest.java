package dev.gavel.room;

import static dev.gavel.room.RoomScript.start;
import static dev.gavel.room.RoomScript.startNext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Skipping a topic and ending a session: the room moves along its programme without running it. */
class AgendaRulesTest {

  private final RoomScript script = RoomScript.withThreeTopics();

  private static String refusal(Decision decision) {
    return assertInstanceOf(Decision.Refused.class, decision).reason();
  }

  private static RoomCommand skipNext() {
    return new RoomCommand.SkipTopic(Optional.empty());
  }

  private static RoomCommand skip(long id) {
    return new RoomCommand.SkipTopic(Optional.of(new TopicId(id)));
  }

  private Optional<TopicId> upNext() {
    return script.agenda.next(script.room.finished(), script.room.topicId()).map(Topic::id);
  }

  @Test
  void skippingBetweenTopics_passesOverTheTopicUpNext() {
    script.does(skipNext());

    assertEquals(Set.of(new TopicId(1)), script.room.skipped());
    assertEquals(Optional.of(new TopicId(2)), upNext());
    assertEquals(List.of(new RoomEvent.TopicSkipped(script.now, new TopicId(1))), script.log);
  }

  @Test
  void skippingDuringATopic_passesOverTheOneAfterIt_andLeavesTheRunningOneAlone() {
    script.does(startNext()).does(skipNext());

    assertEquals(Set.of(new TopicId(2)), script.room.skipped());
    assertEquals(Phase.PRESENTATION, script.room.phase());
    assertEquals(Optional.of(new TopicId(3)), upNext());
  }

  @Test
  void theNextTopicStartedAfterASkip_isTheOneAfterTheSkippedOne() {
    script.does(startNext()).does(skip(2)).does(startNext());

    assertEquals("Next steps in eBPF", script.room.running().topic().title());
  }

  @Test
  void aSkippedTopicCanStillBeStarted_andIsNoLongerSkipped() {
    script.does(skip(2)).does(start(2));

    assertEquals("IPv6 routing", script.room.running().topic().title());
    assertEquals(Set.of(), script.room.skipped());
  }

  @Test
  void theRunningTopic_aTopicThatRan_andASkippedOne_areNotSkippedAgain() {
    script.does(startNext()).does(skip(3));

    assertEquals("that topic is running: end it instead", refusal(script.run(skip(1))));
    assertEquals("that topic is skipped already", refusal(script.run(skip(3))));
    script.does(new RoomCommand.EndTopic());
    assertEquals("that topic has run already", refusal(script.run(skip(1))));
    assertEquals("there is no topic 99 in this room's programme", refusal(script.run(skip(99))));
  }

  @Test
  void whenEveryTopicRanOrWasSkipped_thereIsNothingLeftToSkip() {
    script.does(skipNext()).does(skipNext()).does(skipNext());

    assertEquals("no topic is left to skip", refusal(script.run(skipNext())));
    assertEquals("every topic in this room's programme is done", refusal(script.run(startNext())));
  }

  @Test
  void endingTheSession_endsTheRunningTopic_andSkipsTheTopicsNotRun() {
    script.does(startNext()).after(Duration.ofMinutes(7)).does(new RoomCommand.EndSession());

    assertEquals(
        List.of(
            new RoomEvent.TopicEnded(script.now, new TopicId(1)),
            new RoomEvent.SessionEnded(
                script.now, RoomScript.SESSION, List.of(new TopicId(2), new TopicId(3)))),
        script.log.subList(1, 3));
    assertEquals(Phase.IDLE, script.room.phase());
    assertNull(script.room.running());
    assertEquals(Set.of(new TopicId(1)), script.room.done());
    assertEquals(Set.of(new TopicId(2), new TopicId(3)), script.room.skipped());
    assertEquals(RoomScript.SESSION, script.room.session(), "its notes stay open");
  }

  @Test
  void endingTheSessionBetweenTopics_skipsWhatIsLeft_andNamesOnlyTopicsNotYetSkipped() {
    script.does(startNext()).does(new RoomCommand.EndTopic()).does(skip(3));

    script.does(new RoomCommand.EndSession());

    assertEquals(
        new RoomEvent.SessionEnded(script.now, RoomScript.SESSION, List.of(new TopicId(2))),
        script.log.getLast());
  }

  @Test
  void aSecondEndSession_isRefused_soANervousDoubleTapEndsNothingMore() {
    script.does(startNext()).does(new RoomCommand.EndSession());
    Room ended = script.room;

    assertEquals(
        "this session is over already: every topic has run or was skipped",
        refusal(script.run(new RoomCommand.EndSession())));
    assertEquals(ended, script.room);
  }

  @Test
  void aSessionEndedBeforeItsFirstTopic_skipsEveryTopic() {
    script.does(new RoomCommand.EndSession());

    assertEquals(3, script.room.skipped().size());
    assertTrue(script.room.done().isEmpty());
  }

  @Test
  void aRoomWithoutSessions_hasNoSessionToEnd() {
    Decision decision =
        RoomRules.decide(
            Room.initial(),
            new RoomCommand.EndSession(),
            RoomScript.NINE_AM,
            Agenda.empty(),
            new Notebook());

    assertEquals("this room has no session to end", refusal(decision));
  }

  @Test
  void replayingTheLog_givesTheSameSkippedTopics() {
    script.does(skip(2)).does(startNext()).does(new RoomCommand.EndSession());

    Room replayed = Room.initial();
    for (RoomEvent event : script.log) {
      replayed = replayed.apply(event);
    }

    assertEquals(script.room, replayed);
    assertEquals(Set.of(new TopicId(2), new TopicId(3)), replayed.skipped());
  }
}
