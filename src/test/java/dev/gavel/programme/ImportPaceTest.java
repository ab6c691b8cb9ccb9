package dev.gavel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an import stands aside for busy rooms, on a clock the test turns. */
class ImportPaceTest {

  private static final long MS = 1_000_000;

  /** The test's clock, which a pause moves on as a sleep would. */
  private long now = 1_000 * MS;

  private long roomQuietFrom = Long.MAX_VALUE;
  private final List<Duration> pauses = new ArrayList<>();

  /** A room that saves a command at every moment until it goes quiet. */
  private long lastLiveWork() {
    return Math.min(now, roomQuietFrom);
  }

  private ImportPace pace() {
    return new ImportPace(
        ImportPace.LIVE_FIRST,
        () -> now,
        this::lastLiveWork,
        pause -> {
          pauses.add(pause);
          now += pause.toNanos();
        });
  }

  /** Work in steps of {@code stepMillis}, {@code steps} of them. */
  private void work(ImportPace pace, int steps, long stepMillis) {
    for (int i = 0; i < steps; i++) {
      now += stepMillis * MS;
      pace.step();
    }
  }

  @Test
  void step_whileARoomIsBusy_standsAsideOnceAfterEverySliceOfWork() {
    ImportPace pace = pace();

    work(pace, 20, 5);

    assertEquals(5, pace.pauses(), "100 ms of work in slices of 20 ms");
    assertEquals(List.of(Duration.ofMillis(20)), pauses.stream().distinct().toList());
  }

  @Test
  void step_withinASlice_neverStandsAside() {
    ImportPace pace = pace();

    work(pace, 3, 5);

    assertEquals(0, pace.pauses());
  }

  @Test
  void step_whenTheRoomGoesQuiet_runsStraightThroughToTheEnd() {
    ImportPace pace = pace();
    work(pace, 8, 5);
    assertEquals(2, pace.pauses(), "busy for the first 40 ms of work");

    roomQuietFrom = now;
    while (now - roomQuietFrom < 500 * MS) {
      work(pace, 1, 5);
    }
    int whileStillRecent = pace.pauses();
    work(pace, 1_000, 5);

    assertEquals(
        2 + 12,
        whileStillRecent,
        "for half a second after its last command the room counts as busy: slices of 20 ms and"
            + " pauses of 20 ms");
    assertEquals(whileStillRecent, pace.pauses(), "then five seconds of work without a pause");
  }

  @Test
  void step_withNoRoomEverBusy_neverStandsAside() {
    ImportPace pace =
        new ImportPace(ImportPace.LIVE_FIRST, () -> now, () -> ImportPace.NEVER, pauses::add);

    work(pace, 1_000, 5);

    assertEquals(0, pace.pauses());
  }

  @Test
  void step_withRoomsBusyThroughout_standsAsideAtMostOnceASlice_soTheImportFinishes() {
    ImportPace pace = pace();

    work(pace, 1_000, 1);

    assertEquals(50, pace.pauses(), "one second of work, one pause per 20 ms slice");
  }

  @Test
  void none_neverStandsAside() {
    ImportPace pace = ImportPace.none();

    for (int i = 0; i < 10_000; i++) {
      pace.step();
    }

    assertEquals(0, pace.pauses());
  }
}
