package dev.gavel.room;

import java.time.Duration;
import java.time.Instant;

/**
 * When the timer turns to its warning and danger colours, from the configuration.
 *
 * @param warning remaining time at or below which the timer warns (2 minutes, say)
 * @param danger remaining time at or below which it shows danger (0, say); overtime is below zero
 */
public record TimerThresholds(Duration warning, Duration danger) {

  public enum Level {
    NORMAL,
    WARNING,
    DANGER,
    OVERTIME
  }

  public TimerThresholds {
    if (danger.isNegative() || warning.compareTo(danger) < 0) {
      throw new IllegalArgumentException(
          "the warning threshold must be at or above the danger threshold, both at least 0");
    }
  }

  public static TimerThresholds standard() {
    return new TimerThresholds(Duration.ofMinutes(2), Duration.ZERO);
  }

  public Level level(Countdown timer, Instant now) {
    Duration remaining = timer.remaining(now);
    if (remaining.isNegative()) {
      return Level.OVERTIME;
    }
    if (remaining.compareTo(danger) <= 0) {
      return Level.DANGER;
    }
    if (remaining.compareTo(warning) <= 0) {
      return Level.WARNING;
    }
    return Level.NORMAL;
  }
}
