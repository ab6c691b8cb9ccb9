package dev.gavel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.testing.MemoryLog;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pages read a room's log from memory: the store once, then never again. */
class RoomHistoryTest {

  private static final RoomSlug ROOM = new RoomSlug("networking");

  private final MemoryLog log = new MemoryLog();
  private final RoomService service =
      RoomService.replay(
          ROOM,
          log,
          Clock.fixed(RoomScript.NINE_AM, ZoneOffset.UTC),
          RoomScript.withThreeTopics().agenda);

  @Test
  void theLogForPages_isReadOnceThenKeptInMemoryAsEventsArePublished() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    assertEquals(List.of(1L), seqs(service.loggedEvents()));

    log.unreadable = true;
    service.handle("slide", new RoomCommand.NextSlide());
    service.handle("note", new RoomCommand.Note("ask Dave about l3mdev"));

    assertEquals(List.of(1L, 2L, 3L), seqs(service.loggedEvents()));
    assertEquals(log.events, service.loggedEvents());
  }

  @Test
  void whatTheRoomHasNotApplied_isNotShownOnItsPages() {
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    log.appendedElsewhere("other", new RoomEvent.TimerPaused(RoomScript.NINE_AM));

    assertEquals(List.of(1L), seqs(service.loggedEvents()));
  }

  private static List<Long> seqs(List<LoggedEvent> events) {
    return events.stream().map(LoggedEvent::seq).toList();
  }
}
