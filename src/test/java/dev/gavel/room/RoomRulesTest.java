package dev.gavel.room;

import static dev.gavel.room.RoomScript.cutOff;
import static dev.gavel.room.RoomScript.nextSlide;
import static dev.gavel.room.RoomScript.start;
import static dev.gavel.room.RoomScript.startNext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoomRulesTest {

  private final RoomScript script = RoomScript.withThreeTopics();

  private static String refusal(Decision decision) {
    return assertInstanceOf(Decision.Refused.class, decision).reason();
  }

  @Nested
  class Topics {

    @Test
    void theFirstTopic_startsOnSlideOneWithItsPresentationTimerRunning() {
      script.does(startNext());

      assertEquals(Phase.PRESENTATION, script.room.phase());
      assertEquals("A new VRF proposal", script.room.running().topic().title());
      assertEquals(1, script.room.running().slide());
      assertTrue(script.room.timer().isRunning());
      assertEquals(Duration.ofMinutes(5), script.remaining());
    }

    @Test
    void startingTheNextTopic_endsTheRunningOneFirst() {
      script.does(startNext()).after(Duration.ofMinutes(12)).does(startNext());

      assertEquals("IPv6 routing", script.room.running().topic().title());
      assertEquals(Set.of(new TopicId(1)), script.room.done());
      assertInstanceOf(RoomEvent.TopicEnded.class, script.log.get(script.log.size() - 2));
    }

    @Test
    void aNamedTopic_canBeStartedOutOfOrder() {
      script.does(start(3));

      assertEquals("Next steps in eBPF", script.room.running().topic().title());
    }

    @Test
    void anUnknownTopic_isRefusedAndChangesNothing() {
      Decision decision = script.run(start(99));

      assertEquals("there is no topic 99 in this room's programme", refusal(decision));
      assertEquals(Room.initial(), script.room);
      assertTrue(script.log.isEmpty());
    }

    @Test
    void whenEveryTopicIsDone_thereIsNoNextOne() {
      script.does(startNext()).does(startNext()).does(startNext()).does(new RoomCommand.EndTopic());

      assertEquals(
          "every topic in this room's programme is done", refusal(script.run(startNext())));
    }

    @Test
    void endingTheTopic_leavesTheRoomBetweenTopics() {
      script.does(startNext()).does(new RoomCommand.EndTopic());

      assertEquals(Phase.IDLE, script.room.phase());
      assertNull(script.room.running());
      assertNull(script.room.timer());
      assertEquals(RoomScript.SESSION, script.room.session());
    }
  }

  @Nested
  class Slides {

    @Test
    void slides_goUpToTheLimitOfThree() {
      script.does(startNext()).does(nextSlide()).does(nextSlide());

      assertEquals(3, script.room.running().slide());
    }

    @Test
    void aFourthSlide_isRefusedChangesNothingAndIsLogged() {
      script.does(startNext()).does(nextSlide()).does(nextSlide());
      Room before = script.room;

      Decision decision = script.run(nextSlide());

      assertEquals("slide limit reached: 3 slides, time for discussion", refusal(decision));
      assertEquals(before, script.room);
      assertEquals(
          new RoomEvent.SlideLimitReached(script.now, 3), script.log.get(script.log.size() - 1));
    }

    @Test
    void previousSlide_onTheFirst_isRefused() {
      script.does(startNext());

      assertEquals(
          "already on the first slide", refusal(script.run(new RoomCommand.PreviousSlide())));
    }

    @Test
    void aSlide_withoutATopic_isRefused() {
      assertEquals("no topic is running", refusal(script.run(nextSlide())));
      assertTrue(script.log.isEmpty());
    }
  }

  @Nested
  class Timer {

    @Test
    void pausing_keepsWhatIsLeftAndResumingCountsOnFromThere() {
      script.does(startNext()).after(Duration.ofMinutes(1)).does(new RoomCommand.PauseTimer());
      script.after(Duration.ofMinutes(10));

      assertEquals(Duration.ofMinutes(4), script.remaining());

      script.does(new RoomCommand.StartTimer()).after(Duration.ofSeconds(30));
      assertEquals(Duration.ofSeconds(210), script.remaining());
    }

    @Test
    void pausingAPausedTimer_isRefused() {
      script.does(startNext()).does(new RoomCommand.PauseTimer());

      assertEquals(
          "the timer is already paused", refusal(script.run(new RoomCommand.PauseTimer())));
    }

    @Test
    void time_canBeAddedAndTakenAway() {
      script.does(startNext());
      script.does(new RoomCommand.AddTime(Duration.ofMinutes(2)));
      script.does(new RoomCommand.AddTime(Duration.ofSeconds(-30)));

      assertEquals(Duration.ofSeconds(390), script.remaining());
    }

    @Test
    void absurdTimeChanges_areRefused() {
      script.does(startNext());

      assertEquals(
          "at most 60 minutes can be added or taken away at a time",
          refusal(script.run(new RoomCommand.AddTime(Duration.ofHours(2)))));
      assertEquals(
          "cannot take away more time than the timer was given",
          refusal(script.run(new RoomCommand.AddTime(Duration.ofMinutes(-6)))));
      assertEquals(
          "add or take away at least one second",
          refusal(script.run(new RoomCommand.AddTime(Duration.ZERO))));
      assertEquals(Duration.ofMinutes(5), script.remaining());
    }

    @Test
    void aTimerThatRunsOut_goesIntoOvertime() {
      script.does(startNext()).after(Duration.ofMinutes(6));

      assertEquals(Duration.ofMinutes(-1), script.remaining());
      assertTrue(script.room.timer().isOvertime(script.now));
    }
  }

  @Nested
  class Discussion {

    @Test
    void theDiscussion_getsTheRestOfTheTopicsTime() {
      script.does(startNext()).after(Duration.ofMinutes(3)).does(new RoomCommand.StartDiscussion());

      assertEquals(Phase.DISCUSSION, script.room.phase());
      assertEquals(Duration.ofMinutes(12), script.remaining());
      assertEquals(script.now, script.room.running().discussionStartedAt());
    }

    @Test
    void aPresentationThatOverran_givesTheDiscussionOnlyWhatIsLeft() {
      script.does(startNext()).after(Duration.ofMinutes(9)).does(new RoomCommand.StartDiscussion());

      assertEquals(Duration.ofMinutes(6), script.remaining());
    }

    @Test
    void theDiscussion_neverGetsLessThanAMinute() {
      script
          .does(startNext())
          .after(Duration.ofMinutes(20))
          .does(new RoomCommand.StartDiscussion());

      assertEquals(RoomRules.MIN_DISCUSSION, script.remaining());
    }

    @Test
    void theDiscussion_startsOnce() {
      script.does(startNext()).does(new RoomCommand.StartDiscussion());

      assertEquals(
          "the discussion has already started",
          refusal(script.run(new RoomCommand.StartDiscussion())));
    }
  }

  @Nested
  class CutOff {

    @Test
    void aCutOff_stopsTheTimerAndRecordsItsReasonAndTime() {
      script.does(startNext()).after(Duration.ofMinutes(2)).does(cutOff("  product pitch  "));

      assertTrue(script.room.isCutOff());
      assertEquals("product pitch", script.room.cutOff().reason());
      assertEquals(script.now, script.room.cutOff().at());
      assertFalse(script.room.timer().isRunning());
      script.after(Duration.ofMinutes(1));
      assertEquals(Duration.ofMinutes(3), script.remaining());
    }

    @Test
    void undoWithinTheWindow_restoresExactlyTheStateBefore() {
      script.does(startNext()).does(nextSlide()).after(Duration.ofMinutes(1));
      Room before = script.room;

      script.does(cutOff(null)).after(Duration.ofSeconds(25)).does(new RoomCommand.UndoCutOff());

      assertEquals(before, script.room);
      assertTrue(script.room.timer().isRunning());
    }

    @Test
    void undoAfterTheWindow_isRefused() {
      script.does(startNext()).does(cutOff(null)).after(Duration.ofMillis(25_001));

      assertEquals(
          "too late to undo: a cut-off can be undone within 25 seconds",
          refusal(script.run(new RoomCommand.UndoCutOff())));
      assertTrue(script.room.isCutOff());
    }

    @Test
    void theUndoWindow_givesAWatchingModeratorTwentyToThirtySeconds() {
      assertTrue(RoomRules.UNDO_WINDOW.compareTo(Duration.ofSeconds(20)) >= 0);
      assertTrue(RoomRules.UNDO_WINDOW.compareTo(Duration.ofSeconds(30)) <= 0);
    }

    @Test
    void slides_areRefusedWhileCutOff() {
      script.does(startNext()).does(cutOff(null));

      assertEquals(
          "the pitch was cut off: start the discussion, end the topic or undo",
          refusal(script.run(nextSlide())));
    }

    @Test
    void theDiscussion_clearsTheCutOff() {
      script.does(startNext()).does(cutOff("pitch")).does(new RoomCommand.StartDiscussion());

      assertFalse(script.room.isCutOff());
      assertEquals(Phase.DISCUSSION, script.room.phase());
      assertTrue(script.room.timer().isRunning());
    }

    @Test
    void aCutOffDuringTheDiscussion_carriesOnWithTheTimeThatWasLeft() {
      script.does(startNext()).does(new RoomCommand.StartDiscussion()).after(Duration.ofMinutes(4));
      script
          .does(cutOff(null))
          .after(Duration.ofMinutes(1))
          .does(new RoomCommand.StartDiscussion());

      assertEquals(Duration.ofMinutes(11), script.remaining());
    }

    @Test
    void aLongReason_isRefused() {
      script.does(startNext());

      assertEquals(
          "a cut-off reason is at most 200 characters",
          refusal(script.run(cutOff("x".repeat(201)))));
      assertFalse(script.room.isCutOff());
    }

    @Test
    void undo_withoutACutOff_isRefused() {
      script.does(startNext());

      assertEquals(
          "there is no cut-off to undo", refusal(script.run(new RoomCommand.UndoCutOff())));
    }
  }

  @Nested
  class Interventions {

    @Test
    void aTimeExtension_addsItsMinutesAndShowsABanner() {
      script.does(startNext());
      script.does(new RoomCommand.Intervene(Intervention.TIME_EXTENSION, 5));

      assertEquals(Duration.ofMinutes(10), script.remaining());
      assertEquals(
          new Room.Banner(Intervention.TIME_EXTENSION, 5, script.now), script.room.banner());
    }

    @Test
    void offTopic_showsABannerAndTakesNoMinutes() {
      script.does(startNext());
      script.does(new RoomCommand.Intervene(Intervention.OFF_TOPIC, 0));

      assertEquals(Intervention.OFF_TOPIC, script.room.banner().intervention());
      assertEquals(
          "only a time extension takes minutes",
          refusal(script.run(new RoomCommand.Intervene(Intervention.MAILING_LIST, 3))));
    }

    @Test
    void anExtensionOfNoMinutesOrOfHours_isRefused() {
      script.does(startNext());

      assertEquals(
          "a time extension is between 1 and 30 minutes",
          refusal(script.run(new RoomCommand.Intervene(Intervention.TIME_EXTENSION, 0))));
      assertEquals(
          "a time extension is between 1 and 30 minutes",
          refusal(script.run(new RoomCommand.Intervene(Intervention.TIME_EXTENSION, 90))));
    }
  }

  @Nested
  class Notes {

    @Test
    void aNote_belongsToTheRunningTopicAndItsSession() {
      script.does(startNext()).does(new RoomCommand.Note("  VRF as an L3 master device  "));

      assertEquals(
          new RoomEvent.NoteWritten(
              script.now, new TopicId(1), RoomScript.SESSION, "VRF as an L3 master device"),
          script.log.get(script.log.size() - 1));
    }

    @Test
    void aNoteBetweenTopics_belongsToTheSession() {
      script.does(new RoomCommand.Note("Welcome, three slides each"));

      RoomEvent.NoteWritten note = (RoomEvent.NoteWritten) script.log.get(0);
      assertNull(note.topic());
      assertEquals(RoomScript.SESSION, note.session());
    }

    @Test
    void emptyAndOverlongNotes_areRefused() {
      assertEquals("a note needs some text", refusal(script.run(new RoomCommand.Note("   "))));
      assertEquals(
          "a note is at most 4000 characters",
          refusal(script.run(new RoomCommand.Note("x".repeat(4001)))));
      assertEquals(List.of(), script.log);
    }
  }
}
