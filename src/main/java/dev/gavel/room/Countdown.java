package dev.gavel.room;

import java.time.Duration;
import java.time.Instant;

/**
 * A timer as the server knows it: while running, the instant it ends; while paused, what is left.
 * Remaining time is always computed from instants and never decremented, so every screen that knows
 * the end instant shows the same second, and a restart cannot drift.
 */
public sealed interface Countdown {

  /** All the time this timer has been given, including time added or taken away. */
  Duration allotted();

  Duration remaining(Instant now);

  Countdown add(Duration amount);

  static Countdown startingAt(Instant now, Duration allotted) {
    return new Running(allotted, now.plus(allotted));
  }

  default boolean isRunning() {
    return this instanceof Running;
  }

  default boolean isOvertime(Instant now) {
    return remaining(now).isNegative();
  }

  record Running(Duration allotted, Instant endsAt) implements Countdown {
    @Override
    public Duration remaining(Instant now) {
      return Duration.between(now, endsAt);
    }

    @Override
    public Countdown add(Duration amount) {
      return new Running(allotted.plus(amount), endsAt.plus(amount));
    }

    public Paused pause(Instant now) {
      return new Paused(allotted, remaining(now));
    }
  }

  record Paused(Duration allotted, Duration left) implements Countdown {
    @Override
    public Duration remaining(Instant now) {
      return left;
    }

    @Override
    public Countdown add(Duration amount) {
      return new Paused(allotted.plus(amount), left.plus(amount));
    }

    public Running resume(Instant now) {
      return new Running(allotted, now.plus(left));
    }
  }
}
