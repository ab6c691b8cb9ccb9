package dev.gavel.room;

import java.time.Duration;
import java.time.Instant;

/**
 * When the timer turns to its warning and danger colours, from the configuration, and what running
 * out means in each phase: a presentation that runs out hands over to its discussion (the topic's
 * time is not up), a discussion that runs out is overtime.
 *
 * @param warning remaining time at or below which the timer warns (2 minutes, say)
 * @param danger remaining time at or below which it shows danger (0, say); overtime is below zero
 */
public record TimerThresholds(Duration warning, Duration danger) {

  public enum Level {
    NORMAL,
    WARNING,
    DANGER,
    /** The presentation's time is up: time for the discussion, which has its own time left. */
    DISCUSSION_DUE,
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

  public Level level(Phase phase, Countdown timer, Instant now) {
    Duration remaining = timer.remaining(now);
    if (remaining.isNegative()) {
      return phase == Phase.PRESENTATION ? Level.DISCUSSION_DUE : Level.OVERTIME;
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
