package dev.gavel.http;

import java.util.OptionalLong;

/**
 * A pace for reads to start at: on average one every {@code spacingNanos}, with up to {@code burst}
 * more at once after a quiet spell. Each read books its start, and is told how long to wait for it;
 * one that would wait longer than it may is refused and books nothing. Time is an argument (a
 * monotonic nanosecond count), so the pace is tested without waiting.
 */
final class Pace {

  private final long spacingNanos;
  private final long toleranceNanos;

  /** When the pace would let the next read start, were there no burst. */
  private long next;

  Pace(long spacingNanos, int burst, long now) {
    if (spacingNanos < 1 || burst < 0) {
      throw new IllegalArgumentException("a pace needs a spacing and a burst of at least none");
    }
    this.spacingNanos = spacingNanos;
    this.toleranceNanos = spacingNanos * burst;
    this.next = now;
  }

  /**
   * @return how long this read waits for its start; empty when that is longer than {@code
   *     patienceNanos}, and then nothing is booked
   */
  synchronized OptionalLong book(long now, long patienceNanos) {
    long at = next - now > 0 ? next : now;
    long wait = Math.max(0, at - now - toleranceNanos);
    if (wait > patienceNanos) {
      return OptionalLong.empty();
    }
    next = at + spacingNanos;
    return OptionalLong.of(wait);
  }
}
