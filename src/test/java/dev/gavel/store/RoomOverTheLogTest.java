package dev.gavel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gavel.json.EventCodec;
import dev.gavel.json.Json;
import dev.gavel.programme.DemoProgramme;
import dev.gavel.room.Answer;
import dev.gavel.room.LogFailure;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.RoomCommand;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomService;
import dev.gavel.room.RoomSlug;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A room over the real SQLite log, whose appends run on statements kept prepared for the life of
 * the server: a command retried after a restart is found by the log's key and answered as the first
 * time, and a failed append leaves the kept statements fit for the next command.
 */
class RoomOverTheLogTest {

  private static final RoomSlug ROOM = new RoomSlug(DemoProgramme.ROOM_SLUG);

  @TempDir Path folder;
  private Database database;
  private EventLog log;
  private RoomService room;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("gavel.db"));
    new ProgrammeStore(database).create(DemoProgramme.plan(), () -> "secret-" + System.nanoTime());
    start();
  }

  private void start() {
    log = new EventLog(database, new EventCodec(Json.mapper()));
    room =
        RoomService.replay(ROOM, log, Clock.systemUTC(), new ProgrammeStore(database).agenda(ROOM));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aRetryAfterARestart_isAnsweredAsTheFirstTime_andSavedOnce() {
    room.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    Answer first = room.handle("tap", new RoomCommand.Note("the VRF device keeps its rules"));
    database.close();
    database = Database.open(folder.resolve("gavel.db"));
    start();

    Answer retried = room.handle("tap", new RoomCommand.Note("the VRF device keeps its rules"));
    Answer next = room.handle("next", new RoomCommand.Note("ask Dave about l3mdev"));

    assertEquals(new Answer.Ack(2), first);
    assertEquals(first, retried);
    assertEquals(new Answer.Ack(3), next);
    assertEquals(List.of(1L, 2L, 3L), log.readAll(ROOM).stream().map(LoggedEvent::seq).toList());
  }

  @Test
  void anAppendThatFails_leavesTheRoomAndItsStatementsFitForTheNextCommand() {
    room.handle("start", new RoomCommand.StartTopic(Optional.empty()));
    new EventLog(database, new EventCodec(Json.mapper()))
        .append(
            ROOM,
            2,
            List.of(new RoomEvent.SlideShown(Instant.now(), 2)),
            "elsewhere",
            new Answer.Ack(2));

    assertThrows(LogFailure.class, () -> room.handle("slide", new RoomCommand.NextSlide()));
    Answer next = room.handle("slide-again", new RoomCommand.NextSlide());

    assertEquals(new Answer.Ack(3), next);
    assertEquals(3, room.snapshot().state().running().slide());
    assertEquals(List.of(1L, 2L, 3L), log.readAll(ROOM).stream().map(LoggedEvent::seq).toList());
    assertEquals(Optional.empty(), log.answerTo(ROOM, "slide"), "the failed append left nothing");
    assertEquals(Optional.of(new Answer.Ack(3)), log.answerTo(ROOM, "slide-again"));
  }
}
