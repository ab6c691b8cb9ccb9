package dev.gavel.store;

import static dev.gavel.store.schema.Tables.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.ImportChanges;
import dev.gavel.programme.ImportMerge;
import dev.gavel.programme.ImportPace;
import dev.gavel.programme.ImportResult;
import dev.gavel.room.Stakeholder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How an import is cut into chunks, and that the chunks together write exactly the plan. */
class ImportChunksTest {

  private static final OffsetDateTime DAY_ONE =
      OffsetDateTime.of(2026, 9, 18, 9, 0, 0, 0, ZoneOffset.ofHours(1));

  @TempDir Path folder;

  /** Room "main" with sessions of these sizes, one a day; then room "side" with no session. */
  private static EventPlan plan(int... sizes) {
    List<SessionPlan> sessions = new ArrayList<>();
    for (int s = 0; s < sizes.length; s++) {
      OffsetDateTime start = DAY_ONE.plusDays(s);
      List<TopicPlan> topics = new ArrayList<>();
      for (int t = 0; t < sizes[s]; t++) {
        topics.add(
            new TopicPlan(
                "talk-" + s + "-" + t,
                "Talk " + t + " of day " + s,
                List.of("Speaker " + t),
                "Track " + (t % 3),
                Duration.ofMinutes(10),
                Duration.ofMinutes(5),
                null,
                "About talk " + t,
                start.plusMinutes(10L * t),
                List.of(Stakeholder.requested("Asked " + t, "reviews"))));
      }
      sessions.add(
          new SessionPlan(
              "main@" + s,
              "Day " + s,
              start,
              start.plusMinutes(10L * sizes[s] + 10),
              null,
              List.of(),
              topics));
    }
    return new EventPlan(
        "chunks",
        "Chunks 2026",
        3,
        ZoneId.of("Europe/Dublin"),
        List.of(
            new RoomPlan("main", "Main hall", sessions),
            new RoomPlan("side", "Side room", List.of())),
        List.of());
  }

  @Test
  void chunks_holdWholeSessions_cutOnceTheyHoldEnoughTopics() {
    ImportChanges changes = ImportMerge.of(null, plan(30, 30, 30), Set.of(), true);

    List<List<PlanImport.Piece>> chunks = PlanImport.chunks(changes, 50);

    assertEquals(2, chunks.size());
    assertEquals(2, chunks.get(0).size(), "30 topics, then 60: cut after the second session");
    assertEquals("Day 2", chunks.get(1).get(0).session().plan().title());
    assertEquals("side", chunks.get(1).get(1).room().slug());
    assertNull(chunks.get(1).get(1).session(), "a room without sessions is made too");
  }

  @Test
  void chunks_ofAPlanWithNothingInIt_areOneChunkThatMakesTheEvent() {
    ImportChanges changes = ImportMerge.of(null, plan(), Set.of(), true);

    List<List<PlanImport.Piece>> chunks = PlanImport.chunks(changes, 50);

    assertEquals(1, chunks.size());
  }

  @Test
  void anImportOfManyChunks_readsBackAsThePlan_andAgainChangesNothing() {
    EventPlan plan = plan(40, 1, 60, 25, 0, 80, 30, 30);
    AtomicLong secrets = new AtomicLong();
    try (Database database = Database.open(folder.resolve("gavel.db"))) {
      ProgrammeStore store = new ProgrammeStore(database);

      ImportResult made = store.importPlan(plan, () -> "s" + secrets.incrementAndGet(), true);
      ImportResult again = store.importPlan(plan, () -> "s" + secrets.incrementAndGet(), true);

      assertEquals(4, PlanImport.chunks(ImportMerge.of(null, plan, Set.of(), true), 50).size());
      assertEquals(new ImportResult.Tally(2, 8, 266), made.made());
      assertEquals(plan, store.programme("chunks").orElseThrow().plan());
      assertTrue(store.programme("chunks").orElseThrow().published());
      assertEquals(new ImportResult.Tally(2, 8, 266), again.unchanged());
      assertEquals(
          made.topics().stream().map(ImportResult.TopicOutcome::id).toList(),
          again.topics().stream().map(ImportResult.TopicOutcome::id).toList());
      assertTrue(store.unfinishedImports().isEmpty());
    }
  }

  @Test
  @Timeout(60)
  void anImportWhileARoomIsBusy_standsAsideBetweenChunks_withTheWriterFree_andWritesThePlan()
      throws Exception {
    EventPlan plan = plan(40, 1, 60, 25, 0, 80, 30, 30);
    AtomicLong secrets = new AtomicLong();
    try (Database database = Database.open(folder.resolve("gavel.db"))) {
      ProgrammeStore store = new ProgrammeStore(database);
      long[] now = {0};
      List<Integer> committedAtPauses = new ArrayList<>();
      ImportPace pace =
          new ImportPace(
              ImportPace.LIVE_FIRST,
              // each chunk takes a whole slice on this clock; the room saved a command just now
              () -> now[0] += Duration.ofMillis(25).toNanos(),
              () -> now[0],
              pause -> {
                // a room's command gets the writer while the import stands aside: were the
                // import holding it here, this would wait for good and the test time out
                committedAtPauses.add(onAnotherThread(() -> topicsCommitted(database)));
              });

      ImportResult made = store.importPlan(plan, () -> "s" + secrets.incrementAndGet(), true, pace);

      assertEquals(List.of(40 + 1 + 60, 101 + 25 + 0 + 80, 206 + 30 + 30, 266), committedAtPauses);
      assertEquals(4, pace.pauses(), "one pause after each of the four chunks");
      assertEquals(new ImportResult.Tally(2, 8, 266), made.made());
      assertEquals(plan, store.programme("chunks").orElseThrow().plan());
      assertTrue(store.unfinishedImports().isEmpty());
    }
  }

  /** The topics committed so far, counted in a writer's transaction of its own. */
  private static int topicsCommitted(Database database) {
    return database.transaction(dsl -> dsl.fetchCount(TOPIC));
  }

  private static <T> T onAnotherThread(Callable<T> work) {
    try (ExecutorService other = Executors.newSingleThreadExecutor()) {
      return other.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
