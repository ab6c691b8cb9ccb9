package dev.gavel.bench;

import dev.gavel.testing.Viewers;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Every viewer's receipt of every broadcast: from the moment its trigger was sent to the moment
 * each socket had it whole, one sample per socket and broadcast. A broadcast that has reached every
 * socket frees a place in the window of broadcasts in flight.
 */
final class Deliveries implements Viewers.Arrivals {

  private static final int MOST = 1 << 16;

  private final long[] sentAt = new long[MOST];
  private final AtomicIntegerArray waiting = new AtomicIntegerArray(MOST);
  private volatile Phase phase;

  /** One phase's broadcasts: {@code count} of them from {@code first}, to {@code sockets}. */
  static final class Phase {
    final long first;
    final int count;
    final int sockets;
    final Semaphore window;
    final long[] latencies;
    // Written by the viewers' one thread, read once the phase is over.
    volatile int samples;

    Phase(long first, int count, int sockets, int window) {
      this.first = first;
      this.count = count;
      this.sockets = sockets;
      this.window = new Semaphore(window);
      this.latencies = new long[count * sockets];
    }

    long expected() {
      return (long) count * sockets;
    }

    /** The latencies, in nanoseconds, sorted. */
    long[] sorted() {
      long[] taken = Arrays.copyOf(latencies, samples);
      Arrays.sort(taken);
      return taken;
    }
  }

  Phase begin(long first, int count, int sockets, int window) {
    Phase next = new Phase(first, count, sockets, window);
    phase = next;
    return next;
  }

  /** Marks the broadcast as sent now; it must reach this many sockets. */
  void sent(long seq, int sockets) {
    waiting.set(slot(seq), sockets);
    sentAt[slot(seq)] = System.nanoTime();
  }

  @Override
  public void arrived(int socket, boolean snapshot, long seq, long nanos) {
    if (snapshot || seq < 0) {
      return;
    }
    Phase current = phase;
    if (current != null && seq >= current.first && seq < current.first + current.count) {
      int sample = current.samples;
      if (sample < current.latencies.length) {
        current.latencies[sample] = nanos - sentAt[slot(seq)];
        current.samples = sample + 1;
      }
    }
    if (waiting.decrementAndGet(slot(seq)) == 0 && current != null) {
      current.window.release();
    }
  }

  /** Waits for a place in the window; false after thirty seconds without one. */
  static boolean place(Phase phase) throws InterruptedException {
    return phase.window.tryAcquire(30, TimeUnit.SECONDS);
  }

  /** Waits until every broadcast of the phase has reached every socket, a minute at most. */
  static boolean drained(Phase phase, int window) throws InterruptedException {
    return phase.window.tryAcquire(window, 60, TimeUnit.SECONDS);
  }

  private static int slot(long seq) {
    return (int) (seq % MOST);
  }
}
