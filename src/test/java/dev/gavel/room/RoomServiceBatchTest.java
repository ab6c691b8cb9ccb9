package dev.gavel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.MemoryLog;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Commands that arrive while the log commits are appended together in one transaction: each is
 * answered only once that transaction has committed, in the order they were decided, and a failed
 * commit answers every one of them with the failure and shows nothing.
 */
class RoomServiceBatchTest {

  private static final RoomSlug ROOM = new RoomSlug("networking");
  private static final int WAITING = 20;

  private final MemoryLog log = new MemoryLog();
  private final RoomService service =
      RoomService.replay(
          ROOM,
          log,
          Clock.fixed(RoomScript.NINE_AM, ZoneOffset.UTC),
          RoomScript.withThreeTopics().agenda);
  private final List<LoggedEvent> shown = new ArrayList<>();
  private final ExecutorService clients = Executors.newFixedThreadPool(WAITING + 1);
  private final CountDownLatch release = new CountDownLatch(1);

  RoomServiceBatchTest() {
    service.listen((logged, state) -> shown.add(logged));
    service.handle("start", new RoomCommand.StartTopic(Optional.empty()));
  }

  @AfterEach
  void stop() {
    release.countDown();
    clients.shutdownNow();
  }

  /** The first command's commit is held up until the others all wait for the writer. */
  private Future<Answer> holdTheCommitOfOne() throws InterruptedException {
    int first = log.appendCalls + 1;
    CountDownLatch holding = new CountDownLatch(1);
    log.beforeAppend =
        call -> {
          if (call == first) {
            holding.countDown();
            await(release);
          }
        };
    Future<Answer> held = clients.submit(() -> service.handle("held", note("held")));
    assertTrue(holding.await(30, TimeUnit.SECONDS), "the first commit never began");
    return held;
  }

  private Map<String, Future<Answer>> sendWhileHeld() throws InterruptedException {
    Map<String, Future<Answer>> answers = new HashMap<>();
    for (int i = 0; i < WAITING; i++) {
      String id = "line-" + i;
      answers.put(id, clients.submit(() -> service.handle(id, note(id))));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (service.waitingCommands() < WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertEquals(WAITING, service.waitingCommands(), "not every command came to wait");
    return answers;
  }

  @Test
  void commandsWaitingForACommit_areAppendedInOneTransaction_eachAcknowledgedAtItsOwnPosition()
      throws Exception {
    Future<Answer> held = holdTheCommitOfOne();
    Map<String, Future<Answer>> answers = sendWhileHeld();
    int before = log.appendCalls;

    release.countDown();

    assertEquals(new Answer.Ack(2), held.get(30, TimeUnit.SECONDS));
    Map<Long, String> byPosition = new HashMap<>();
    for (Map.Entry<String, Future<Answer>> sent : answers.entrySet()) {
      Answer answer = sent.getValue().get(30, TimeUnit.SECONDS);
      assertInstanceOf(Answer.Ack.class, answer, sent.getKey());
      byPosition.put(answer.seq(), sent.getKey());
    }
    assertEquals(before + 1, log.appendCalls, "the waiting commands shared one transaction");
    assertEquals(WAITING, byPosition.size(), "two commands were given one position");
    for (long seq = 3; seq < 3 + WAITING; seq++) {
      RoomEvent.NoteWritten written =
          assertInstanceOf(RoomEvent.NoteWritten.class, log.events.get((int) seq - 1).event());
      assertEquals(byPosition.get(seq), written.text(), "the log and the answer disagree");
    }
    assertEquals(
        log.events.stream().map(LoggedEvent::seq).toList(),
        shown.stream().map(LoggedEvent::seq).toList(),
        "every saved event is shown, in order");
  }

  @Test
  void aCommitThatFails_answersEveryCommandOfItsBatchWithTheFailure_andShowsNone()
      throws Exception {
    Future<Answer> held = holdTheCommitOfOne();
    Map<String, Future<Answer>> answers = sendWhileHeld();
    log.beforeAppend = call -> log.disk = MemoryLog.Disk.FULL; // full once the first is saved

    release.countDown();

    assertEquals(new Answer.Ack(2), held.get(30, TimeUnit.SECONDS), "saved before the disk filled");
    for (Map.Entry<String, Future<Answer>> sent : answers.entrySet()) {
      Exception failure =
          assertThrows(ExecutionException.class, () -> sent.getValue().get(30, TimeUnit.SECONDS));
      assertInstanceOf(LogFailure.class, failure.getCause(), sent.getKey());
    }
    assertEquals(2, service.snapshot().seq());
    assertEquals(List.of(1L, 2L), shown.stream().map(LoggedEvent::seq).toList());

    log.beforeAppend = call -> {};
    log.disk = MemoryLog.Disk.WORKS;
    Answer retried = service.handle("line-7", note("line-7"));
    assertEquals(new Answer.Ack(3), retried, "a retry once the disk has room is saved once");
  }

  @Test
  void aDoubleTapInOneBatch_isSavedOnce_andBothTapsGetTheSameAnswer() throws Exception {
    Future<Answer> held = holdTheCommitOfOne();
    Future<Answer> first = clients.submit(() -> service.handle("tap", note("tap")));
    Future<Answer> second = clients.submit(() -> service.handle("tap", note("tap")));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (service.waitingCommands() < 2 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }

    release.countDown();

    held.get(30, TimeUnit.SECONDS);
    assertEquals(new Answer.Ack(3), first.get(30, TimeUnit.SECONDS));
    assertEquals(new Answer.Ack(3), second.get(30, TimeUnit.SECONDS));
    assertEquals(3, log.size(), "the tap was saved once");
  }

  private static RoomCommand note(String text) {
    return new RoomCommand.Note(text);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
