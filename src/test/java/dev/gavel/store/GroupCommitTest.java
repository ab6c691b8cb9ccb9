package dev.gavel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.gavel.json.EventCodec;
import dev.gavel.json.Json;
import dev.gavel.programme.DemoProgramme;
import dev.gavel.room.Answer;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.RoomCommand;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomService;
import dev.gavel.room.RoomSlug;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients sending commands to one room at once, over the real SQLite log: every command is
 * acknowledged, each at a position of its own, and after the database is opened again each is found
 * at the position its acknowledgement named, in the order the room decided them.
 */
class GroupCommitTest {

  private static final RoomSlug ROOM = new RoomSlug(DemoProgramme.ROOM_SLUG);
  private static final int CLIENTS = 8;
  private static final int EACH = 40;

  @TempDir Path folder;

  @Test
  void concurrentCommands_areAllAcknowledged_andAllFoundAtTheirPositionsAfterAReopen()
      throws Exception {
    Path file = folder.resolve("gavel.db");
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    try (Database database = Database.open(file)) {
      ProgrammeStore programme = new ProgrammeStore(database);
      programme.create(DemoProgramme.plan(), () -> "secret-" + System.nanoTime());
      RoomService room =
          RoomService.replay(
              ROOM,
              new EventLog(database, new EventCodec(Json.mapper())),
              Clock.systemUTC(),
              programme.agenda(ROOM));
      room.handle("start", new RoomCommand.StartTopic(Optional.empty()));
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        running.add(
            clients.submit(
                () -> {
                  for (int i = 0; i < EACH; i++) {
                    String id = "client-" + client + "-line-" + i;
                    Answer answer = room.handle(id, new RoomCommand.Note(id));
                    assertInstanceOf(Answer.Ack.class, answer, id);
                    assertEquals(null, acknowledged.put(answer.seq(), id), "a position twice");
                  }
                }));
      }
      for (Future<?> client : running) {
        client.get(120, TimeUnit.SECONDS);
      }
      clients.shutdown();
    }

    try (Database database = Database.open(file)) {
      List<LoggedEvent> log = new EventLog(database, new EventCodec(Json.mapper())).readAll(ROOM);
      assertEquals(1 + CLIENTS * EACH, log.size());
      for (LoggedEvent logged : log.subList(1, log.size())) {
        RoomEvent.NoteWritten note = assertInstanceOf(RoomEvent.NoteWritten.class, logged.event());
        assertEquals(acknowledged.get(logged.seq()), note.text(), "at " + logged.seq());
      }
    }
  }
}
