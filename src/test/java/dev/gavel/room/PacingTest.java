package dev.gavel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gavel.room.TimerThresholds.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which thresholds a topic's timer runs by: its own, else its event's, else the server's. */
class PacingTest {

  private static final Instant START = Instant.parse("2015-08-20T09:00:00Z");
  private static final TimerThresholds SERVER = TimerThresholds.standard();
  private static final TopicId LIGHTNING = new TopicId(7);
  private static final TopicId PLENARY = new TopicId(8);

  private final Countdown fiveMinutes = Countdown.startingAt(START, Duration.ofMinutes(5));

  private static Pacing pacing(CueTimes event, Map<TopicId, CueTimes> topics) {
    return new Pacing(Duration.ofMinutes(2), event, topics);
  }

  private Level levelAt(TimerThresholds thresholds, Duration left) {
    return thresholds.level(
        Phase.DISCUSSION, fiveMinutes, START.plus(Duration.ofMinutes(5)).minus(left));
  }

  @Test
  void anEventThatSetsNothing_runsByTheServersThresholds() {
    assertEquals(SERVER, Pacing.standard().thresholds(Optional.of(PLENARY), SERVER));
    assertEquals(SERVER, Pacing.standard().thresholds(Optional.empty(), SERVER));
  }

  @Test
  void aTopicWithoutItsOwn_runsByItsEvents() {
    Pacing pacing = pacing(new CueTimes(Duration.ofMinutes(3), Duration.ofSeconds(30)), Map.of());

    assertEquals(
        new TimerThresholds(Duration.ofMinutes(3), Duration.ofSeconds(30)),
        pacing.thresholds(Optional.of(PLENARY), SERVER));
  }

  @Test
  void aLightningTopicsOwnWarning_turnsTheLevelAtOneMinuteNotTwo() {
    Pacing pacing =
        pacing(CueTimes.NONE, Map.of(LIGHTNING, new CueTimes(Duration.ofMinutes(1), null)));
    TimerThresholds lightning = pacing.thresholds(Optional.of(LIGHTNING), SERVER);

    assertEquals(Level.NORMAL, levelAt(lightning, Duration.ofSeconds(120)));
    assertEquals(Level.NORMAL, levelAt(lightning, Duration.ofSeconds(61)));
    assertEquals(Level.WARNING, levelAt(lightning, Duration.ofSeconds(60)));
    assertEquals(Level.DANGER, levelAt(lightning, Duration.ZERO));
    // Another topic of the same room still warns at two minutes.
    assertEquals(
        Level.WARNING,
        levelAt(pacing.thresholds(Optional.of(PLENARY), SERVER), Duration.ofSeconds(120)));
  }

  @Test
  void whatATopicLeavesUnset_isItsEventsThenTheServers() {
    Pacing pacing =
        pacing(
            new CueTimes(null, Duration.ofSeconds(20)),
            Map.of(LIGHTNING, new CueTimes(Duration.ofMinutes(1), null)));

    assertEquals(
        new TimerThresholds(Duration.ofMinutes(1), Duration.ofSeconds(20)),
        pacing.thresholds(Optional.of(LIGHTNING), SERVER));
    assertEquals(
        new TimerThresholds(Duration.ofMinutes(2), Duration.ofSeconds(20)),
        pacing.thresholds(Optional.of(PLENARY), SERVER));
  }

  @Test
  void betweenTopics_theEventsThresholdsHold() {
    Pacing pacing =
        pacing(
            new CueTimes(Duration.ofMinutes(4), null),
            Map.of(LIGHTNING, new CueTimes(Duration.ofMinutes(1), null)));

    assertEquals(
        new TimerThresholds(Duration.ofMinutes(4), Duration.ZERO),
        pacing.thresholds(Optional.empty(), SERVER));
  }

  @Test
  void aTopicsShortWarningUnderItsEventsLongerDanger_pullsTheDangerDownToTheWarning() {
    Pacing pacing =
        pacing(
            new CueTimes(null, Duration.ofSeconds(90)),
            Map.of(LIGHTNING, new CueTimes(Duration.ofMinutes(1), null)));

    assertEquals(
        new TimerThresholds(Duration.ofMinutes(1), Duration.ofMinutes(1)),
        pacing.thresholds(Optional.of(LIGHTNING), SERVER));
  }

  @Test
  void thresholdsOutOfBoundsOrAWarningAfterTheDanger_cannotBeMade() {
    assertThrows(IllegalArgumentException.class, () -> new CueTimes(Duration.ofSeconds(-1), null));
    assertThrows(IllegalArgumentException.class, () -> new CueTimes(Duration.ofMinutes(61), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CueTimes(Duration.ofSeconds(30), Duration.ofMinutes(1)));
  }

  @Test
  void aTurnOutsideFifteenSecondsToHalfAnHour_cannotBeMade() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Pacing(Duration.ofSeconds(14), CueTimes.NONE, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Pacing(Duration.ofMinutes(31), CueTimes.NONE, Map.of()));
  }
}
