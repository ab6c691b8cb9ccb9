package dev.gavel.room;

import static dev.gavel.room.RoomScript.cutOff;
import static dev.gavel.room.RoomScript.startNext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueRulesTest {

  private final RoomScript script = RoomScript.withThreeTopics();

  private static String refusal(Decision decision) {
    return assertInstanceOf(Decision.Refused.class, decision).reason();
  }

  private static AttendeeCommand.RaiseHand hand(String device, String name) {
    return new AttendeeCommand.RaiseHand(
        device, name, Optional.of(name + "'s point"), QueueKind.POINT, Optional.empty());
  }

  private List<String> waiting() {
    return script.room.floor().queue().waiting().stream().map(QueueEntry::name).toList();
  }

  private long idOf(String name) {
    return script.room.floor().queue().waiting().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void handsRaised_waitInTheOrderTheyCame() {
    script.does(startNext()).does(hand("a", "Ada")).after(Duration.ofSeconds(3));
    script.does(hand("b", "Brian")).does(hand("c", "Cleo"));

    assertEquals(List.of("Ada", "Brian", "Cleo"), waiting());
    assertEquals(RoomScript.NINE_AM, script.room.floor().queue().waiting().getFirst().at());
  }

  @Test
  void aHandBeforeAnyTopic_isRefused() {
    assertEquals(
        "no topic is running: the queue opens with the next topic",
        refusal(script.run(hand("a", "Ada"))));
  }

  @Test
  void aSecondHandFromOneDevice_isRefusedWhileTheFirstWaits() {
    script.does(startNext()).does(hand("a", "Ada"));

    assertTrue(refusal(script.run(hand("a", "Ada again"))).contains("in the queue already"));
    assertEquals(List.of("Ada"), waiting());
  }

  @Test
  void callingWithoutAnId_givesTheFloorToTheFirstAndStampsWhen() {
    script.does(startNext()).does(hand("a", "Ada")).does(hand("b", "Brian"));
    script.after(Duration.ofMinutes(1)).does(new FloorCommand.CallSpeaker(Optional.empty()));

    assertEquals("Ada", script.room.floor().queue().speaking().name());
    assertEquals(RoomScript.NINE_AM.plusSeconds(60), script.room.floor().queue().calledAt());
    assertEquals(List.of("Brian"), waiting());
  }

  @Test
  void callingANamedEntry_skipsTheOthers() {
    script.does(startNext()).does(hand("a", "Ada")).does(hand("b", "Brian"));
    script.does(new FloorCommand.CallSpeaker(Optional.of(idOf("Brian"))));

    assertEquals("Brian", script.room.floor().queue().speaking().name());
    assertEquals(List.of("Ada"), waiting());
  }

  @Test
  void callingAnEmptyQueue_isRefused() {
    script.does(startNext());

    assertEquals(
        "nobody is waiting to speak",
        refusal(script.run(new FloorCommand.CallSpeaker(Optional.empty()))));
  }

  @Test
  void withdrawing_needsTheSameDevice() {
    script.does(startNext()).does(hand("a", "Ada"));
    long ada = idOf("Ada");

    assertEquals(
        "this device has no such entry in the queue",
        refusal(script.run(new AttendeeCommand.Withdraw("b", ada))));
    script.does(new AttendeeCommand.Withdraw("a", ada));
    assertEquals(List.of(), waiting());
  }

  @Test
  void plusOnes_countOncePerDeviceAndNeverYourOwn() {
    script.does(startNext()).does(hand("a", "Ada"));
    long ada = idOf("Ada");
    script.does(new AttendeeCommand.SecondPoint("b", ada));

    assertEquals(
        "you gave this point a +1 already",
        refusal(script.run(new AttendeeCommand.SecondPoint("b", ada))));
    assertEquals(
        "you cannot +1 your own point",
        refusal(script.run(new AttendeeCommand.SecondPoint("a", ada))));
    assertEquals(1, script.room.floor().queue().waiting().getFirst().seconded().size());
  }

  @Test
  void moving_putsTheEntryAtItsPosition() {
    script.does(startNext()).does(hand("a", "Ada")).does(hand("b", "Brian"));
    script.does(hand("c", "Cleo")).does(new FloorCommand.MoveInQueue(idOf("Cleo"), 1));

    assertEquals(List.of("Cleo", "Ada", "Brian"), waiting());
    assertEquals(
        "a position is from 1 to 3",
        refusal(script.run(new FloorCommand.MoveInQueue(idOf("Ada"), 4))));
  }

  @Test
  void names_areBoundedOneLinersWithoutHiddenCharacters() {
    script.does(startNext());

    assertEquals("say who you are: a name is needed", refusal(script.run(hand("a", "  "))));
    assertEquals("a name is at most 60 characters", refusal(script.run(hand("a", "x".repeat(61)))));
    assertTrue(refusal(script.run(hand("a", "Ada\u202Eevil"))).contains("U+202E"));
    assertTrue(refusal(script.run(hand("a", "Ada\u0007"))).contains("U+0007"));
    assertEquals(List.of(), waiting());
  }

  @Test
  void theQueue_isBounded() {
    script.does(startNext());
    for (int i = 0; i < QueueRules.MAX_QUEUE; i++) {
      script.does(hand("d" + i, "Person " + i));
    }

    assertTrue(refusal(script.run(hand("late", "Late"))).startsWith("the queue is full"));
    assertEquals(QueueRules.MAX_QUEUE, waiting().size());
  }

  @Test
  void aBlockedDevice_leavesTheQueueAndCannotComeBack() {
    script.does(startNext()).does(hand("spam", "Buy now")).does(hand("b", "Brian"));
    script.does(new FloorCommand.BlockDevice(idOf("Buy now")));

    assertEquals(List.of("Brian"), waiting());
    assertEquals(
        "the moderator has blocked this device from the queue",
        refusal(script.run(hand("spam", "Again"))));
    script.does(startNext());
    assertTrue(script.room.floor().queue().blocked().contains("spam"));
  }

  @Test
  void endingATopic_recordsWhoWasLeftAndTheNextStartsEmpty() {
    script.does(startNext()).does(hand("a", "Ada")).does(hand("b", "Brian"));
    script.does(new FloorCommand.CallSpeaker(Optional.empty()));
    long brian = idOf("Brian");
    script.does(new RoomCommand.EndTopic());

    FloorEvent.QueueLeft left =
        assertInstanceOf(FloorEvent.QueueLeft.class, script.log.get(script.log.size() - 2));
    assertEquals(List.of(brian), left.entries());
    assertEquals(new TopicId(1), left.topic());
    script.does(startNext());
    assertEquals(List.of(), waiting());
    assertNull(script.room.floor().queue().speaking());
  }

  @Test
  void startingTheNextTopicOverARunningOne_alsoRecordsTheQueueLeft() {
    script.does(startNext()).does(hand("a", "Ada")).does(startNext());

    assertInstanceOf(FloorEvent.QueueLeft.class, script.log.get(script.log.size() - 3));
    assertEquals(List.of(), waiting());
  }

  @Test
  void undoingACutOff_keepsHandsRaisedMeanwhile() {
    script.does(startNext()).does(cutOff("pitch")).does(hand("a", "Ada"));
    script.does(new RoomCommand.UndoCutOff());

    assertEquals(List.of("Ada"), waiting());
  }

  @Test
  void aCue_staysUntilClearedOrReplaced() {
    script.does(new FloorCommand.Cue("1 minute")).does(new FloorCommand.Cue("wrap up"));

    assertEquals("wrap up", script.room.floor().cue().text());
    script.does(new FloorCommand.ClearCue());
    assertNull(script.room.floor().cue());
    assertEquals("there is no cue to clear", refusal(script.run(new FloorCommand.ClearCue())));
  }

  @Test
  void theClockAndTheFullQrCode_switchOnceEachWay() {
    script.does(new FloorCommand.HideClock(true)).does(new FloorCommand.ShowQr(true));

    assertTrue(script.room.floor().projector().clockHidden());
    assertTrue(script.room.floor().projector().qrShown());
    assertEquals(
        "the clock is hidden already", refusal(script.run(new FloorCommand.HideClock(true))));
    script.does(new FloorCommand.ShowQr(false));
    assertEquals(false, script.room.floor().projector().qrShown());
  }

  @Test
  void aRoomMessageAndTheBlackout_stayAcrossTopicsUntilTurnedOff() {
    script.does(new FloorCommand.RoomMessage("Lunch is at 12:30")).does(startNext());
    script.does(new FloorCommand.Blackout(true));

    assertEquals("Lunch is at 12:30", script.room.floor().message().text());
    assertTrue(script.room.floor().blackout());
    assertEquals(
        "the projector is dark already", refusal(script.run(new FloorCommand.Blackout(true))));
  }
}
