package dev.gavel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gavel.testing.MemoryLog;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A room whose append fails (a full disk, an I/O error, another writer at its position) recovers on
 * its own: nothing unsaved is acknowledged or shown, and the next command works without a restart,
 * the room having read its position from the log again.
 */
class RoomServiceRecoveryTest {

  private static final RoomSlug ROOM = new RoomSlug("networking");

  private final MemoryLog log = new MemoryLog();
  private final Agenda agenda = RoomScript.withThreeTopics().agenda;
  private final RoomService service =
      RoomService.replay(ROOM, log, Clock.fixed(RoomScript.NINE_AM, ZoneOffset.UTC), agenda);
  private final List<LoggedEvent> shown = new ArrayList<>();

  RoomServiceRecoveryTest() {
    service.listen((logged, state) -> shown.add(logged));
  }

  @Test
  void aFullDisk_failsTheCommandAndChangesNothing() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    log.disk = MemoryLog.Disk.FULL;

    assertThrows(LogFailure.class, () -> service.handle("slide", new RoomCommand.NextSlide()));

    assertEquals(1, service.snapshot().state().running().slide());
    assertEquals(1, service.snapshot().seq());
    assertEquals(1, shown.size(), "nothing unsaved reaches a screen");
  }

  @Test
  void onceTheDiskHasRoom_theNextCommandWorksWithoutARestart() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    log.disk = MemoryLog.Disk.FULL;
    assertThrows(LogFailure.class, () -> service.handle("slide", new RoomCommand.NextSlide()));

    log.disk = MemoryLog.Disk.WORKS;
    Answer retried = service.handle("slide", new RoomCommand.NextSlide());

    assertEquals(new Answer.Ack(2), retried);
    assertEquals(2, service.snapshot().state().running().slide());
    assertEquals(List.of(1L, 2L), shown.stream().map(LoggedEvent::seq).toList());
  }

  @Test
  void anotherWriterTookThePosition_theRoomCatchesUpAndShowsWhatItMissed() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    log.appendedElsewhere("elsewhere", new RoomEvent.SlideShown(RoomScript.NINE_AM, 2));

    assertThrows(LogFailure.class, () -> service.handle("slide", new RoomCommand.NextSlide()));

    assertEquals(2, service.snapshot().seq(), "the room read its position again");
    assertEquals(2, service.snapshot().state().running().slide());
    assertEquals(List.of(1L, 2L), shown.stream().map(LoggedEvent::seq).toList());
    Answer next = service.handle("slide-again", new RoomCommand.NextSlide());
    assertEquals(new Answer.Ack(3), next, "and is not stuck");
    assertEquals(3, service.snapshot().state().running().slide());
  }

  @Test
  void anAppendSavedDespiteAnError_isAnsweredAsDoneAndShownOnce() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    log.disk = MemoryLog.Disk.SAVES_BUT_REPORTS_FAILURE;

    Answer answer = service.handle("slide", new RoomCommand.NextSlide());

    assertEquals(new Answer.Ack(2), answer);
    assertEquals(2, service.snapshot().state().running().slide());
    assertEquals(List.of(1L, 2L), shown.stream().map(LoggedEvent::seq).toList());
    log.disk = MemoryLog.Disk.WORKS;
    assertEquals(
        new Answer.Ack(2), service.handle("slide", new RoomCommand.NextSlide()), "a retry");
    assertEquals(2, log.events.size());
  }

  @Test
  void aDiskThatCannotEvenBeRead_failsEveryCommandUntilItCanThenCatchesUp() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    log.disk = MemoryLog.Disk.FULL;
    log.unreadable = true;
    LogFailure failure =
        assertThrows(LogFailure.class, () -> service.handle("slide", new RoomCommand.NextSlide()));
    assertEquals(1, failure.getSuppressed().length, "the failed re-read is kept with the failure");
    assertThrows(LogFailure.class, () -> service.handle("pause", new RoomCommand.PauseTimer()));

    log.disk = MemoryLog.Disk.WORKS;
    log.unreadable = false;
    log.appendedElsewhere("elsewhere", new RoomEvent.SlideShown(RoomScript.NINE_AM, 2));
    Answer answer = service.handle("slide", new RoomCommand.NextSlide());

    assertEquals(new Answer.Ack(3), answer, "caught up first, then decided on the real state");
    assertEquals(3, service.snapshot().state().running().slide());
    assertEquals(List.of(1L, 2L, 3L), shown.stream().map(LoggedEvent::seq).toList());
  }
}
