package dev.gavel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The token buckets of one rate, on a clock the test moves. */
class RateLimitTest {

  private static final RateLimit.Rule THREE_A_MINUTE = new RateLimit.Rule(3, Duration.ofMinutes(1));

  private final MovingClock clock = new MovingClock();

  @Test
  void aSender_hasItsBurst_thenWaits() {
    RateLimit limit = new RateLimit(THREE_A_MINUTE, clock, 100);

    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), limit.take("phone-1"));
    }
    Optional<Duration> wait = limit.take("phone-1");

    assertTrue(wait.isPresent());
    assertEquals(Duration.ofSeconds(20), wait.get(), "one go comes back every 20 seconds");
  }

  @Test
  void aGo_comesBackWithTime() {
    RateLimit limit = new RateLimit(THREE_A_MINUTE, clock, 100);
    for (int i = 0; i < 3; i++) {
      limit.take("phone-1");
    }

    clock.move(Duration.ofSeconds(20));

    assertEquals(Optional.empty(), limit.take("phone-1"));
    assertTrue(limit.take("phone-1").isPresent());
  }

  @Test
  void senders_areCountedApart() {
    RateLimit limit = new RateLimit(THREE_A_MINUTE, clock, 100);
    for (int i = 0; i < 3; i++) {
      limit.take("phone-1");
    }

    assertEquals(Optional.empty(), limit.take("phone-2"));
  }

  @Test
  void aFloodOfMadeUpSenders_isRememberedUpToTheBound() {
    RateLimit limit = new RateLimit(THREE_A_MINUTE, clock, 2);
    for (int i = 0; i < 3; i++) {
      limit.take("phone-1");
    }

    limit.take("made-up-1");
    limit.take("made-up-2");

    assertEquals(
        Optional.empty(), limit.take("phone-1"), "forgotten, it starts again with a full bucket");
  }

  @Test
  void aRateOfNothing_isRefused() {
    try {
      new RateLimit.Rule(0, Duration.ofMinutes(1));
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("a rate is at least one go"));
      return;
    }
    throw new AssertionError("a rule of no goes was taken");
  }

  /** A clock that moves only when the test says so. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2015-08-20T09:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
