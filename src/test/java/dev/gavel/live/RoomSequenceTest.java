package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.access.Role;
import dev.gavel.json.EventCodec;
import dev.gavel.json.Json;
import dev.gavel.programme.DemoProgramme;
import dev.gavel.room.Answer;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.RoomCommand;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.Sender;
import dev.gavel.room.TimerThresholds;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.OpenRooms;
import dev.gavel.store.Database;
import dev.gavel.store.EventLog;
import dev.gavel.store.ProgrammeStore;
import dev.gavel.testing.ManualClock;
import dev.gavel.testing.Viewers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A room's outgoing sequence over a real SQLite log and a thousand sockets whose network the test
 * controls: what a command's answer waits for, and what it does not.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RoomSequenceTest {

  private static final ObjectMapper JSON = Json.mapper();

  @TempDir Path folder;
  private Database database;
  private OpenRoom room;
  private final CountDownLatch gate = new CountDownLatch(1);
  private final ExecutorService sequence = Executors.newSingleThreadExecutor();
  // One helper, whatever the machine: a crowd's walk is shared between two threads here.
  private final ExecutorService helper = Executors.newSingleThreadExecutor();
  private final AtomicInteger helpersWoken = new AtomicInteger();
  private LiveRoom live;
  private final AtomicInteger sessionIds = new AtomicInteger();

  @BeforeEach
  void openRoom() {
    database = Database.open(folder.resolve("gavel.db"));
    ProgrammeStore programme = new ProgrammeStore(database);
    programme.create(DemoProgramme.plan(), () -> "secret-" + sessionIds.incrementAndGet());
    room = readRoom();
    // The sequence's one thread waits at the gate until the test opens it.
    sequence.execute(
        () -> {
          try {
            gate.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    WireWriter wire = new WireWriter(JSON);
    NoteViews notes = new NoteViews();
    live =
        new LiveRoom(
            room,
            wire,
            new EventCodec(JSON),
            notes,
            new Snapshots(room, wire, notes, Clock.systemUTC()),
            new KeptFrames(256, 1 << 20),
            sequence,
            new Walkers(
                1,
                task -> {
                  helpersWoken.incrementAndGet();
                  helper.execute(task);
                }));
  }

  @AfterEach
  void close() {
    gate.countDown();
    live.close();
    helper.shutdownNow();
    database.close();
  }

  @Test
  void aCommandAcknowledgedWhileItsFanOutWaits_isDurableAndThenReachesEverySocket()
      throws Exception {
    List<TestSession> sockets = aThousandViewers();

    Answer answer = room.service().handle("c1", new RoomCommand.StartTopic(Optional.empty()));

    assertEquals(new Answer.Ack(1), answer);
    assertTrue(sockets.stream().allMatch(socket -> socket.sent().isEmpty()), "nothing sent yet");
    try (Database reopened = Database.open(folder.resolve("gavel.db"))) {
      List<LoggedEvent> stored =
          new EventLog(reopened, new EventCodec(JSON)).readAll(room.info().slug());
      assertEquals(1, stored.size());
      assertInstanceOf(RoomEvent.TopicStarted.class, stored.getFirst().event());
    }
    gate.countDown();
    assertTrue(everyOneHas(sockets, 2), "every socket has its snapshot and the event");
    for (TestSession socket : sockets) {
      JsonNode snapshot = JSON.readTree(socket.sent().get(0));
      JsonNode event = JSON.readTree(socket.sent().get(1));
      assertEquals("snapshot", snapshot.get("type").asText());
      assertEquals(0, snapshot.get("seq").asLong());
      assertEquals("event", event.get("type").asText());
      assertEquals(1, event.get("seq").asLong());
    }
  }

  @Test
  void aThousandSockets_eachGetEveryEventOnceInOrder_walkedAloneOrShared() throws Exception {
    List<TestSession> sockets = aThousandViewers();
    room.service().handle("start", new RoomCommand.StartTopic(Optional.empty()));
    for (int i = 1; i <= 99; i++) {
      room.service().handle("n" + i, new RoomCommand.Note("line " + i));
    }

    gate.countDown();
    assertTrue(everyOneHas(sockets, 101), "the hundred events that waited, walked alone");
    // Ten lone events, each let out before the next: each walk is shared.
    for (int i = 100; i <= 109; i++) {
      room.service().handle("n" + i, new RoomCommand.Note("line " + i));
      assertTrue(everyOneHas(sockets, i + 2));
    }
    for (int i = 110; i <= 199; i++) {
      room.service().handle("n" + i, new RoomCommand.Note("line " + i));
    }

    assertTrue(everyOneHas(sockets, 201), "every socket has its snapshot and the 200 events");
    assertTrue(helpersWoken.get() >= 10, "shared walks: " + helpersWoken.get());
    for (TestSession socket : sockets) {
      List<String> sent = socket.sent();
      for (int position = 0; position <= 200; position++) {
        assertEquals(position, JSON.readTree(sent.get(position)).get("seq").asLong());
      }
    }
  }

  @Test
  void aLoneEvent_wakesAHelper_eventsThatQueuedUpDoNot() throws Exception {
    List<TestSession> sockets = aThousandViewers();
    room.service().handle("start", new RoomCommand.StartTopic(Optional.empty()));
    for (int i = 1; i <= 15; i++) {
      room.service().handle("n" + i, new RoomCommand.Note("line " + i));
    }
    gate.countDown();
    assertTrue(everyOneHas(sockets, 17));
    assertEquals(0, helpersWoken.get(), "sixteen events that waited went out as one walk, alone");

    room.service().handle("n16", new RoomCommand.Note("a line on its own"));

    assertTrue(everyOneHas(sockets, 18));
    assertEquals(1, helpersWoken.get(), "the lone event's walk was shared");
  }

  @Test
  void aModeratorsSocketThatThrows_leavesEveryViewerTheEvent() throws Exception {
    TestSession moderator = TestSession.keepingUp();
    live.join(connection(moderator, Role.MODERATOR));
    List<TestSession> sockets = aThousandViewers();
    gate.countDown();
    // The moderator joined first: once every viewer has its snapshot, the moderator has its own.
    assertTrue(everyOneHas(sockets, 1), "every viewer has the snapshot");
    moderator.breaks();

    room.service().handle("start", new RoomCommand.StartTopic(Optional.empty()));

    assertTrue(everyOneHas(sockets, 2), "every viewer has the snapshot and the event");
    assertEquals(Outbox.SEND_FAILED, moderator.closedWith, "its client starts again");
    room.service().handle("n1", new RoomCommand.Note("a line after it"));
    assertTrue(everyOneHas(sockets, 3), "and every event after it");
  }

  @Test
  void socketsJoiningAtOnePosition_shareOneRenderedSnapshot() throws Exception {
    TestSession first = TestSession.keepingUp();
    TestSession second = TestSession.keepingUp();
    TestSession moderator = TestSession.keepingUp();
    Connection one = connection(first, Role.VIEWER);
    Connection two = connection(second, Role.VIEWER);
    live.join(one);
    live.join(two);
    live.join(connection(moderator, Role.MODERATOR));
    gate.countDown();

    // A moderator then also hears who else is here: its snapshot comes first.
    assertTrue(Viewers.await(() -> !moderator.sent().isEmpty(), 10));
    assertEquals(first.sent(), second.sent());
    assertEquals("moderator", JSON.readTree(moderator.sent().getFirst()).get("role").asText());
  }

  @Test
  void aSnapshot_isRenderedOncePerPositionAndRoleWhileItsTimeIsFresh() {
    ManualClock clock = new ManualClock(Instant.ofEpochMilli(1_440_061_200_000L));
    Snapshots snapshots = new Snapshots(room, new WireWriter(JSON), new NoteViews(), clock);
    Position position = Position.of(room.service().snapshot(), "a-stream");

    SharedFrame first = snapshots.at(position, Role.VIEWER);

    assertSame(first, snapshots.at(position, Role.VIEWER));
    assertNotSame(first, snapshots.at(position, Role.MODERATOR));
    assertSame(first, snapshots.at(position, Role.VIEWER));
    clock.advance(Duration.ofMillis(Snapshots.FRESH_MILLIS));
    SharedFrame later = snapshots.at(position, Role.VIEWER);
    assertNotSame(first, later);
    room.service().handle("start", new RoomCommand.StartTopic(Optional.empty()));
    assertNotSame(
        later, snapshots.at(Position.of(room.service().snapshot(), "a-stream"), Role.VIEWER));
  }

  @Test
  void eventsThatQueueUp_goToEachSocketTogetherInOrder() throws Exception {
    TestSession socket = TestSession.keepingUp();
    live.join(connection(socket, Role.VIEWER));
    room.service().handle("start", new RoomCommand.StartTopic(Optional.empty()));
    for (int i = 0; i < 5; i++) {
      room.service().handle("n" + i, new RoomCommand.Note("line " + i));
    }

    gate.countDown();

    assertTrue(Viewers.await(() -> socket.sent().size() == 7, 10));
    List<Long> positions = new ArrayList<>();
    for (String message : socket.sent()) {
      positions.add(JSON.readTree(message).get("seq").asLong());
    }
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L), positions);
    assertEquals(List.of(false, true, true, true, true, true, false), socket.batched);
  }

  @Test
  void aNoteEvent_carriesItsLineOnceAndNoStateItDidNotChange() throws Exception {
    TestSession socket = TestSession.keepingUp();
    live.join(connection(socket, Role.VIEWER));
    room.service().handle("start", new RoomCommand.StartTopic(Optional.empty()));
    room.service().handle("note", new RoomCommand.Note("The **VRF** device"));
    gate.countDown();

    assertTrue(Viewers.await(() -> socket.sent().size() == 3, 10));
    JsonNode started = JSON.readTree(socket.sent().get(1));
    JsonNode note = JSON.readTree(socket.sent().get(2));
    assertTrue(started.has("state"));
    assertTrue(started.at("/state/agenda").isArray());
    assertTrue(!note.has("state"), "a note changes no state: " + note);
    assertTrue(!note.at("/event").has("text"), "the text goes once, in note: " + note);
    assertEquals("The **VRF** device", note.at("/note/text").asText());
    assertEquals("The <strong>VRF</strong> device", note.at("/note/html").asText());
    assertEquals(1, note.at("/event/session").asLong());
  }

  @Test
  void aSocketJoiningAfterTwoHundredNotes_getsTheSnapshotAFreshReadOfTheLogGives()
      throws Exception {
    room.service().handle("start", new RoomCommand.StartTopic(Optional.empty()));
    for (int i = 1; i <= 200; i++) {
      room.service().handle("n" + i, new RoomCommand.Note("line " + i + " with **bold** words"));
    }
    room.service()
        .handle("fix", new RoomCommand.CorrectNote(2, Optional.empty(), "line 1, corrected"));
    room.service().handle("strike", new RoomCommand.StrikeNote(3));
    TestSession socket = TestSession.keepingUp();
    live.join(connection(socket, Role.VIEWER));
    gate.countDown();
    assertTrue(Viewers.await(() -> !socket.sent().isEmpty(), 10));

    OpenRoom fresh = readRoom();
    SharedFrame freshSnapshot =
        new Snapshots(fresh, new WireWriter(JSON), new NoteViews(), Clock.systemUTC())
            .at(Position.of(fresh.service().snapshot(), "a-stream"), Role.VIEWER);

    JsonNode joined = JSON.readTree(socket.sent().getFirst());
    JsonNode read = JSON.readTree(freshSnapshot.text());
    assertEquals(203, joined.get("seq").asLong());
    assertEquals(199, joined.get("notes").size(), "the struck line is not a watcher's to see");
    assertEquals(2, joined.at("/notes/0/seq").asLong());
    assertEquals(4, joined.at("/notes/1/seq").asLong());
    // What moves with the clock alone: the server's time, and the time left that follows from it;
    // and the name of the run of the sequence, random for each.
    assertTrue(joined.get("stream").asText().length() >= 12, joined.get("stream").asText());
    for (JsonNode snapshot : List.of(joined, read)) {
      ((ObjectNode) snapshot).remove("serverTime");
      ((ObjectNode) snapshot).remove("stream");
      ((ObjectNode) snapshot.at("/state/timer")).remove("remainingMs");
    }
    assertEquals(read.get("notes"), joined.get("notes"));
    assertEquals(read.toString(), joined.toString());
  }

  /** A thousand viewers' sockets that take whatever they are sent, joined in turn. */
  private List<TestSession> aThousandViewers() {
    List<TestSession> sockets = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      TestSession socket = TestSession.keepingUp();
      sockets.add(socket);
      live.join(connection(socket, Role.VIEWER));
    }
    return sockets;
  }

  /** Whether every socket was sent this many messages within thirty seconds. */
  private static boolean everyOneHas(List<TestSession> sockets, int messages)
      throws InterruptedException {
    return Viewers.await(
        () -> sockets.stream().allMatch(socket -> socket.sent().size() == messages), 30);
  }

  /** The demo room as its programme and log in the database give it, read afresh. */
  private OpenRoom readRoom() {
    ProgrammeStore programme = new ProgrammeStore(database);
    OpenRooms rooms =
        new OpenRooms(
            new EventLog(database, new EventCodec(JSON)),
            Clock.systemUTC(),
            TimerThresholds.standard(),
            () -> "http://gavel.test");
    rooms.update(programme.rooms(), programme.agendas());
    return rooms.find(DemoProgramme.ROOM_SLUG).orElseThrow();
  }

  private Connection connection(TestSession socket, Role role) {
    return new Connection(
        socket.session,
        () -> 0,
        role,
        new Sender("test-" + role, null),
        new Outbox(socket.session, 10_000, 64L * 1024 * 1024),
        live,
        new ResyncAllowance(5, 2_000),
        0,
        0);
  }
}
