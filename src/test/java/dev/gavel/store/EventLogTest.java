package dev.gavel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gavel.json.EventCodec;
import dev.gavel.json.Json;
import dev.gavel.programme.DemoProgramme;
import dev.gavel.room.Answer;
import dev.gavel.room.LogFailure;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomLog;
import dev.gavel.room.RoomSlug;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session log in SQLite: a command id is answered once, by the log's own key. */
class EventLogTest {

  private static final RoomSlug ROOM = new RoomSlug(DemoProgramme.ROOM_SLUG);
  private static final Instant NINE = Instant.parse("2026-09-18T09:00:00Z");

  @TempDir Path folder;
  private Database database;
  private EventLog log;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("gavel.db"));
    new ProgrammeStore(database).create(DemoProgramme.plan(), () -> "secret-" + System.nanoTime());
    log = new EventLog(database, new EventCodec(Json.mapper()));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aCommandIdAnsweredBefore_getsTheStoredAnswerAndWritesNothing() {
    Optional<Answer> first =
        log.append(ROOM, 1, List.of(new RoomEvent.TimerPaused(NINE)), "tap-1", new Answer.Ack(1));

    Optional<Answer> again =
        log.append(
            ROOM,
            2,
            List.of(new RoomEvent.TimerPaused(NINE.plusSeconds(1))),
            "tap-1",
            new Answer.Ack(2));

    assertEquals(Optional.empty(), first);
    assertEquals(Optional.of(new Answer.Ack(1)), again);
    assertEquals(List.of(new LoggedEvent(1, new RoomEvent.TimerPaused(NINE))), log.readAll(ROOM));
    assertEquals(Optional.of(new Answer.Ack(1)), log.answerTo(ROOM, "tap-1"));
  }

  @Test
  void aRefusalStoredBefore_isTheAnswerToItsRetry() {
    log.append(ROOM, 1, List.of(), "late", new Answer.Refusal(0, "no topic is running"));

    assertEquals(
        Optional.of(new Answer.Refusal(0, "no topic is running")),
        log.append(ROOM, 1, List.of(new RoomEvent.TimerPaused(NINE)), "late", new Answer.Ack(1)));
    assertEquals(List.of(), log.readAll(ROOM));
  }

  @Test
  void aBatchOfCommands_isSavedInOneTransaction_andReadBackInOrder() {
    List<RoomLog.Append> batch =
        List.of(
            new RoomLog.Append(
                1, List.of(new RoomEvent.TimerPaused(NINE)), "pause", new Answer.Ack(1)),
            new RoomLog.Append(1, List.of(), "late", new Answer.Refusal(1, "paused already")),
            new RoomLog.Append(
                2,
                List.of(new RoomEvent.TimerResumed(NINE.plusSeconds(1))),
                "resume",
                new Answer.Ack(2)));

    assertEquals(Optional.empty(), log.appendAll(ROOM, batch));

    reopen();
    assertEquals(
        List.of(
            new LoggedEvent(1, new RoomEvent.TimerPaused(NINE)),
            new LoggedEvent(2, new RoomEvent.TimerResumed(NINE.plusSeconds(1)))),
        log.readAll(ROOM));
    assertEquals(Optional.of(new Answer.Refusal(1, "paused already")), log.answerTo(ROOM, "late"));
    assertEquals(Optional.of(new Answer.Ack(2)), log.answerTo(ROOM, "resume"));
  }

  @Test
  void aBatchWithACommandAnsweredBefore_writesNothing_andNamesThatCommand() {
    log.append(ROOM, 1, List.of(new RoomEvent.TimerPaused(NINE)), "tap-1", new Answer.Ack(1));

    Optional<RoomLog.AnsweredBefore> before =
        log.appendAll(
            ROOM,
            List.of(
                new RoomLog.Append(2, List.of(), "new-one", new Answer.Refusal(1, "paused")),
                new RoomLog.Append(
                    2,
                    List.of(new RoomEvent.TimerPaused(NINE.plusSeconds(1))),
                    "tap-1",
                    new Answer.Ack(2))));

    assertEquals(Optional.of(new RoomLog.AnsweredBefore(1, new Answer.Ack(1))), before);
    assertEquals(Optional.empty(), log.answerTo(ROOM, "new-one"), "the batch was rolled back");
    assertEquals(1, log.readAll(ROOM).size());
  }

  @Test
  void aCommandIdAnsweredBeforeARestart_isSkippedByTheKey_andGetsItsFirstAnswer() {
    log.append(ROOM, 1, List.of(new RoomEvent.TimerPaused(NINE)), "tap-1", new Answer.Ack(1));
    reopen();

    Optional<RoomLog.AnsweredBefore> before =
        log.appendAll(
            ROOM,
            List.of(
                new RoomLog.Append(
                    2,
                    List.of(new RoomEvent.TimerResumed(NINE.plusSeconds(1))),
                    "tap-1",
                    new Answer.Ack(2)),
                new RoomLog.Append(3, List.of(), "new-one", new Answer.Refusal(2, "running"))));

    assertEquals(Optional.of(new RoomLog.AnsweredBefore(0, new Answer.Ack(1))), before);
    assertEquals(Optional.empty(), log.answerTo(ROOM, "new-one"), "the batch was rolled back");
    assertEquals(List.of(new LoggedEvent(1, new RoomEvent.TimerPaused(NINE))), log.readAll(ROOM));
  }

  @Test
  void anAppendThatRepeatsItsOwnCommandId_failsAndWritesNothing() {
    List<RoomLog.Append> twice =
        List.of(
            new RoomLog.Append(
                1, List.of(new RoomEvent.TimerPaused(NINE)), "tap", new Answer.Ack(1)),
            new RoomLog.Append(
                2, List.of(new RoomEvent.TimerResumed(NINE)), "tap", new Answer.Ack(2)));

    assertThrows(LogFailure.class, () -> log.appendAll(ROOM, twice));

    assertEquals(List.of(), log.readAll(ROOM));
    assertEquals(Optional.empty(), log.answerTo(ROOM, "tap"));
  }

  @Test
  void aFailedAppend_isRolledBack_andTheNextAppendWritesOnlyItsOwnRows() {
    log.append(ROOM, 1, List.of(new RoomEvent.TimerPaused(NINE)), "pause", new Answer.Ack(1));
    List<RoomLog.Append> clashing =
        List.of(
            new RoomLog.Append(
                2, List.of(new RoomEvent.TimerResumed(NINE)), "resume", new Answer.Ack(2)),
            new RoomLog.Append(
                1, List.of(new RoomEvent.TimerPaused(NINE)), "taken", new Answer.Ack(1)));

    assertThrows(LogFailure.class, () -> log.appendAll(ROOM, clashing));
    Optional<Answer> next =
        log.append(
            ROOM,
            2,
            List.of(new RoomEvent.TimerResumed(NINE.plusSeconds(5))),
            "resume-later",
            new Answer.Ack(2));

    assertEquals(Optional.empty(), next);
    assertEquals(
        List.of(
            new LoggedEvent(1, new RoomEvent.TimerPaused(NINE)),
            new LoggedEvent(2, new RoomEvent.TimerResumed(NINE.plusSeconds(5)))),
        log.readAll(ROOM));
    assertEquals(Optional.empty(), log.answerTo(ROOM, "resume"), "rolled back with its batch");
    assertEquals(Optional.empty(), log.answerTo(ROOM, "taken"));
    assertEquals(Optional.of(new Answer.Ack(2)), log.answerTo(ROOM, "resume-later"));
  }

  private void reopen() {
    database.close();
    database = Database.open(folder.resolve("gavel.db"));
    log = new EventLog(database, new EventCodec(Json.mapper()));
  }
}
