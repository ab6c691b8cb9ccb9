package dev.gavel.programme;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How an import shares a small machine with the rooms that are running: it reads, merges and writes
 * in slices of work, and after each slice, while a room is saving a command or saved one lately, it
 * stands aside for a pause before the next. The import's parsing and merging take a processor and
 * feed the collector; standing aside gives a room's command the processor back, and spreads the
 * import's garbage over more time. With no room busy an import runs straight through. The pause is
 * bounded, so an import always finishes: with rooms busy throughout, in about (slice + pause) /
 * slice of the time it takes alone.
 *
 * <p>One pace serves one import, on the import's thread. Its steps are called often (an element of
 * the file, a chunk written) and never inside a transaction, so that a pause never holds the
 * writer.
 */
public final class ImportPace {

  /** What {@link #lastLiveWork} answers when no room has saved a command since the start. */
  public static final long NEVER = Long.MIN_VALUE;

  /**
   * @param slice how long the import works before it looks at the rooms
   * @param pause how long it stands aside, then, while a room is busy
   * @param quiet how long after a room's last command the room counts as busy
   */
  public record Rule(Duration slice, Duration pause, Duration quiet) {}

  /**
   * Half of the import's processor to the rooms while they are busy. A room's command takes a few
   * milliseconds of work; a slice of 20 ms lets one through between two slices, and half a second
   * of quiet is longer than the gap between a moderator's taps in a running session.
   */
  public static final Rule LIVE_FIRST =
      new Rule(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(500));

  /** Stands aside: the thread sleeps, in production. */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration duration);
  }

  private final Rule rule;
  private final LongSupplier nanos;
  private final LongSupplier lastLiveWork;
  private final Pause pause;
  private long sliceStarted;
  private int pauses;

  /**
   * @param nanos a monotonic clock, in nanoseconds ({@link System#nanoTime} in production)
   * @param lastLiveWork when a room last saved a command, on that clock: now while one is saving,
   *     {@link #NEVER} when none has
   */
  public ImportPace(Rule rule, LongSupplier nanos, LongSupplier lastLiveWork, Pause pause) {
    this.rule = rule;
    this.nanos = nanos;
    this.lastLiveWork = lastLiveWork;
    this.pause = pause;
    this.sliceStarted = nanos.getAsLong();
  }

  /** A pace that never stands aside: for work no room waits behind, such as a dry run's tests. */
  public static ImportPace none() {
    return new ImportPace(
        new Rule(Duration.ofDays(1), Duration.ZERO, Duration.ZERO), () -> 0, () -> NEVER, d -> {});
  }

  /** A point where the import may stand aside: once its slice is used up and a room is busy. */
  public void step() {
    long now = nanos.getAsLong();
    if (now - sliceStarted < rule.slice().toNanos()) {
      return;
    }
    long last = lastLiveWork.getAsLong();
    if (last != NEVER && now - last < rule.quiet().toNanos()) {
      pauses++;
      pause.pause(rule.pause());
    }
    sliceStarted = nanos.getAsLong();
  }

  /** How many times the import stood aside so far. */
  public int pauses() {
    return pauses;
  }
}
