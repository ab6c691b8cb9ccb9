package dev.gavel.store;

import static dev.gavel.store.schema.Tables.SETTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The one file, its one writer and its readers: who waits for whom. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DatabaseTest {

  @TempDir Path folder;
  private Database database;
  private Settings settings;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("gavel.db"));
    settings = new Settings(database);
    settings.put("colour", "red");
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aReadInProgress_neitherWaitsForNorHoldsUpTheWriter() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch written = new CountDownLatch(1);
    CompletableFuture<String[]> read =
        CompletableFuture.supplyAsync(
            () ->
                database.read(
                    dsl -> {
                      String before = colour(dsl);
                      reading.countDown();
                      // The writer commits while this read is still open.
                      await(written);
                      return new String[] {before, colour(dsl)};
                    }));
    await(reading);

    settings.put("colour", "blue");
    written.countDown();

    assertEquals("red", read.get(10, TimeUnit.SECONDS)[0]);
    assertEquals("red", read.get()[1], "one read sees one state, as of its start");
    assertEquals("blue", settings.get("colour").orElseThrow());
  }

  @Test
  void readersRunSideBySide() throws Exception {
    CountDownLatch bothIn = new CountDownLatch(2);
    Runnable reader =
        () ->
            database.read(
                dsl -> {
                  bothIn.countDown();
                  await(bothIn);
                  return colour(dsl);
                });

    CompletableFuture<Void> first = CompletableFuture.runAsync(reader);
    CompletableFuture<Void> second = CompletableFuture.runAsync(reader);

    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS);
    assertEquals(0, bothIn.getCount());
  }

  @Test
  void aReadInsideATransaction_seesWhatTheTransactionWroteSoFar() {
    String seen =
        database.transaction(
            dsl -> {
              dsl.update(SETTING).set(SETTING.VALUE, "green").execute();
              return database.read(DatabaseTest::colour);
            });

    assertEquals("green", seen);
  }

  @Test
  void aFailedTransaction_leavesNothingBehindAndTheWriterFree() {
    try {
      database.transaction(
          dsl -> {
            dsl.update(SETTING).set(SETTING.VALUE, "black").execute();
            throw new IllegalStateException("the work failed half-way");
          });
    } catch (IllegalStateException expected) {
      assertTrue(expected.getMessage().contains("half-way"));
    }

    assertEquals("red", settings.get("colour").orElseThrow());
    settings.put("colour", "white");
    assertEquals("white", settings.get("colour").orElseThrow());
  }

  @Test
  void closingTwice_returnsAtOnce() {
    database.close();

    database.close();
  }

  private static String colour(org.jooq.DSLContext dsl) {
    return dsl.select(SETTING.VALUE)
        .from(SETTING)
        .where(SETTING.NAME.eq("colour"))
        .fetchOne(SETTING.VALUE);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("waited ten seconds in vain");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
