package dev.gavel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gavel.room.TimerThresholds.Level;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimerThresholdsTest {

  private static final Instant START = Instant.parse("2015-08-20T09:00:00Z");
  private final TimerThresholds thresholds =
      new TimerThresholds(Duration.ofMinutes(2), Duration.ZERO);
  private final Countdown fiveMinutes = Countdown.startingAt(START, Duration.ofMinutes(5));

  private Level at(Duration elapsed) {
    return thresholds.level(Phase.DISCUSSION, fiveMinutes, START.plus(elapsed));
  }

  @Test
  void theLevel_isNormalUntilTheWarningThreshold() {
    assertEquals(Level.NORMAL, at(Duration.ofSeconds(179)));
  }

  @Test
  void theLevel_isWarningFromTwoMinutesLeft() {
    assertEquals(Level.WARNING, at(Duration.ofMinutes(3)));
  }

  @Test
  void theLevel_isDangerAtZero() {
    assertEquals(Level.DANGER, at(Duration.ofMinutes(5)));
  }

  @Test
  void theLevel_isOvertimeOnceTheDiscussionsTimeIsUp() {
    assertEquals(Level.OVERTIME, at(Duration.ofSeconds(301)));
  }

  @Test
  void aPresentationThatRunsOut_isDueForItsDiscussion_notOvertime() {
    Instant over = START.plus(Duration.ofSeconds(301));

    assertEquals(Level.DISCUSSION_DUE, thresholds.level(Phase.PRESENTATION, fiveMinutes, over));
  }

  @Test
  void aPresentation_warnsAndReachesDangerLikeADiscussion() {
    Instant threeMinutesIn = START.plus(Duration.ofMinutes(3));
    Instant atZero = START.plus(Duration.ofMinutes(5));

    assertEquals(Level.WARNING, thresholds.level(Phase.PRESENTATION, fiveMinutes, threeMinutesIn));
    assertEquals(Level.DANGER, thresholds.level(Phase.PRESENTATION, fiveMinutes, atZero));
  }

  @Test
  void aPausedTimer_keepsItsLevel() {
    Countdown paused = ((Countdown.Running) fiveMinutes).pause(START.plus(Duration.ofMinutes(4)));

    assertEquals(
        Level.WARNING, thresholds.level(Phase.DISCUSSION, paused, START.plus(Duration.ofHours(1))));
  }

  @Test
  void aDangerThresholdAboveTheWarning_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TimerThresholds(Duration.ofMinutes(1), Duration.ofMinutes(2)));
  }
}
