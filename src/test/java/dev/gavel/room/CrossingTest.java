package dev.gavel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.gavel.testing.ManualClock;
import dev.gavel.testing.MemoryLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two moderators and a bad network: a relative command that crossed the same command from the other
 * tablet is confirmed, not stacked; a command that arrives after its sender gave up on it never
 * takes effect.
 */
class CrossingTest {

  private static final RoomSlug ROOM = new RoomSlug("networking");
  private static final Sender FIRST_TABLET = new Sender("s1", null);
  private static final Sender SECOND_TABLET = new Sender("s2", null);
  private static final RoomCommand PLUS_ONE_MINUTE = new RoomCommand.AddTime(Duration.ofMinutes(1));

  private final ManualClock clock = new ManualClock(RoomScript.NINE_AM);
  private final RoomService service =
      RoomService.replay(ROOM, new MemoryLog(), clock, RoomScript.withThreeTopics().agenda);

  private static Issued basedOn(long seq, RoomCommand command, Sender sender) {
    return new Issued(command, sender, Optional.of(seq), Optional.empty(), Optional.empty());
  }

  private Duration allotted() {
    return service.snapshot().state().timer().allotted();
  }

  @Test
  void twoTabletsTappingPlusOneMinuteFromTheSameState_addOneMinute() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    Duration before = allotted();

    Answer first = service.handle("a", basedOn(1, PLUS_ONE_MINUTE, FIRST_TABLET));
    Answer second = service.handle("b", basedOn(1, PLUS_ONE_MINUTE, SECOND_TABLET));

    assertEquals(new Answer.Ack(2), first);
    assertEquals(new Answer.AlreadyDone(2, FIRST_TABLET), second);
    assertEquals(before.plusMinutes(1), allotted());
    assertEquals(2, service.snapshot().seq(), "nothing was appended for the crossed command");
  }

  @Test
  void aTabletThatSawTheOtherTabletsMinute_addsAnotherOne() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    Duration before = allotted();

    service.handle("a", basedOn(1, PLUS_ONE_MINUTE, FIRST_TABLET));
    Answer second = service.handle("b", basedOn(2, PLUS_ONE_MINUTE, SECOND_TABLET));

    assertEquals(new Answer.Ack(3), second);
    assertEquals(before.plusMinutes(2), allotted());
  }

  @Test
  void oneTabletTappingTwiceBeforeSeeingTheFirst_meansTwoMinutes() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    Duration before = allotted();

    service.handle("a", basedOn(1, PLUS_ONE_MINUTE, FIRST_TABLET));
    Answer again = service.handle("b", basedOn(1, PLUS_ONE_MINUTE, FIRST_TABLET));

    assertEquals(new Answer.Ack(3), again);
    assertEquals(before.plusMinutes(2), allotted());
  }

  @Test
  void crossedNextSlides_showTheNextSlideOnce() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));

    service.handle("a", basedOn(1, new RoomCommand.NextSlide(), FIRST_TABLET));
    Answer second = service.handle("b", basedOn(1, new RoomCommand.NextSlide(), SECOND_TABLET));

    assertInstanceOf(Answer.AlreadyDone.class, second);
    assertEquals(2, service.snapshot().state().running().slide());
  }

  @Test
  void differentStepsThatCrossed_bothTakeEffect() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    Duration before = allotted();

    service.handle("a", basedOn(1, PLUS_ONE_MINUTE, FIRST_TABLET));
    Answer slide = service.handle("b", basedOn(1, new RoomCommand.NextSlide(), SECOND_TABLET));

    assertEquals(new Answer.Ack(3), slide);
    assertEquals(before.plusMinutes(1), allotted());
    assertEquals(2, service.snapshot().state().running().slide());
  }

  @Test
  void aCommandBasedOnAPositionTheRoomHasNotReached_isRefused() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));

    Answer answer = service.handle("a", basedOn(9, PLUS_ONE_MINUTE, FIRST_TABLET));

    assertEquals(
        new Answer.Refusal(1, "based on log position 9, which the room has not reached"), answer);
  }

  @Test
  void aCommandArrivingAfterItsDeadline_isRefusedAndChangesNothing() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    Instant deadline = clock.instant().plusSeconds(7);
    clock.advance(Duration.ofSeconds(16));

    Answer late =
        service.handle(
            "late",
            new Issued(
                PLUS_ONE_MINUTE,
                FIRST_TABLET,
                Optional.empty(),
                Optional.of(deadline),
                Optional.empty()));

    assertEquals(new Answer.Refusal(1, Crossing.TOO_LATE), late);
    assertEquals(1, service.snapshot().seq());
  }

  @Test
  void aCommandArrivingOnTheDotOfItsDeadline_takesEffect() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    Instant deadline = clock.instant().plusSeconds(7);
    clock.advance(Duration.ofSeconds(7));

    Answer answer =
        service.handle(
            "on-time",
            new Issued(
                PLUS_ONE_MINUTE,
                FIRST_TABLET,
                Optional.empty(),
                Optional.of(deadline),
                Optional.empty()));

    assertEquals(new Answer.Ack(2), answer);
  }
}
