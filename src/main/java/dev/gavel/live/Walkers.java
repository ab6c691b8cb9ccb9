package dev.gavel.live;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The machine's spare cores, helping the rooms' sequences hand an event to a crowd of sockets. One
 * thread handing each event to a thousand phones, one after the other, leaves the other cores idle
 * while the last phone waits. Here a big walk is cut into parts: helpers are woken to take parts,
 * and the sequence takes parts too, any that no helper has started, so it never waits for a helper
 * busy with another room, only for a part that a helper is walking. A walk returns once every
 * socket has been handed the event, so a room's next event starts after this one has reached them
 * all, and each socket hears the events in order.
 */
final class Walkers implements AutoCloseable {

  /**
   * Fewest sockets worth a part of their own (about half a millisecond's walk): a helper woken for
   * fewer would come when the sequence has nearly done them itself, so a walk over fewer than two
   * parts' worth is the sequence's alone.
   */
  static final int LEAST_PART = 128;

  /** More helpers than this would spend more in waking than a room's walk has to share. */
  private static final int MOST_HELPERS = 3;

  /** No helper: the sequence walks every socket itself. */
  static final Walkers ALONE = new Walkers(0, Runnable::run);

  private final int helpers;
  private final Executor pool;

  /**
   * @param helpers how many threads may take parts besides the sequence; 0 walks alone
   * @param pool where a helper's turn runs; may run it late, or never when it is shutting down;
   *     stopped on {@link #close} when it is an executor service
   */
  Walkers(int helpers, Executor pool) {
    this.helpers = helpers;
    this.pool = pool;
  }

  /** A helper for each core beyond the first, up to three, on daemon threads of their own. */
  static Walkers forThisMachine() {
    int helpers = Math.clamp(Runtime.getRuntime().availableProcessors() - 1L, 0, MOST_HELPERS);
    if (helpers == 0) {
      return ALONE;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            helpers, Thread.ofPlatform().daemon().name("gavel-fan-out-", 1).factory());
    return new Walkers(helpers, pool);
  }

  /**
   * Does {@code each} for every item, in parts shared with the helpers, and returns once all are
   * done. When it failed for some, the first failure is thrown, after every other item was done.
   */
  <T> void each(T[] items, Consumer<? super T> each) {
    int parts = Math.clamp(items.length / LEAST_PART, 1, helpers + 1);
    Walk<T> walk = new Walk<>(items, parts, each);
    for (int i = 1; i < parts; i++) {
      try {
        pool.execute(walk::takeParts);
      } catch (RejectedExecutionException closing) {
        // The server is stopping: the sequence walks what is left alone.
        break;
      }
    }
    walk.takeParts();
    walk.awaitEnd();
  }

  @Override
  public void close() {
    if (pool instanceof ExecutorService service) {
      service.shutdownNow();
    }
  }

  /** One walk: its parts, which are taken in turn by whoever comes, and what failed in them. */
  private static final class Walk<T> {
    private final T[] items;
    private final int parts;
    private final Consumer<? super T> each;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch ended;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Walk(T[] items, int parts, Consumer<? super T> each) {
      this.items = items;
      this.parts = parts;
      this.each = each;
      this.ended = new CountDownLatch(parts);
    }

    /** Takes parts until none is left; a helper that comes late finds none and leaves at once. */
    void takeParts() {
      for (int part = next.getAndIncrement(); part < parts; part = next.getAndIncrement()) {
        int end = (int) ((long) items.length * (part + 1) / parts);
        for (int i = (int) ((long) items.length * part / parts); i < end; i++) {
          try {
            each.accept(items[i]);
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        }
        ended.countDown();
      }
    }

    /** Waits for the parts that helpers are still walking; throws what failed in any part. */
    void awaitEnd() {
      // Waited for even when the room is closing: the sequence may go on to the next event, which
      // must not reach a socket before this one. It cannot wait long: a part never blocks, and
      // every part nobody started was taken by the sequence.
      boolean interrupted = false;
      while (true) {
        try {
          ended.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      switch (failure.get()) {
        case null -> {}
        case RuntimeException e -> throw e;
        case Error e -> throw e;
        case Throwable e -> throw new IllegalStateException(e);
      }
    }
  }
}
