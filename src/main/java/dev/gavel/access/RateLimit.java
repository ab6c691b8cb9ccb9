package dev.gavel.access;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often one sender may do one thing: a token bucket per key (a device, an address), kept by
 * Bucket4j. A sender starts with a full bucket of {@link Rule#burst} goes, and gets them back
 * evenly over {@link Rule#period}. Keys are bounded: the sender seen least recently is forgotten
 * first, and starts again with a full bucket, so a flood of made-up keys costs memory up to the
 * bound and no more.
 */
public final class RateLimit {

  /**
   * @param burst how many goes a sender has at once
   * @param period how long until every one of them is back
   */
  public record Rule(int burst, Duration period) {
    public Rule {
      if (burst < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("a rate is at least one go in some time: " + this);
      }
    }
  }

  private final Rule rule;
  private final TimeMeter time;
  private final Map<String, Bucket> buckets;

  /**
   * @param clock the time the buckets refill by; a test's clock makes them exact
   * @param maxKeys how many senders are remembered at most
   */
  public RateLimit(Rule rule, Clock clock, int maxKeys) {
    this.rule = rule;
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
    this.buckets =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /**
   * Takes one go for this sender.
   *
   * @return empty when the sender may go ahead; else how long until its next go
   */
  public Optional<Duration> take(String key) {
    ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  public Rule rule() {
    return rule;
  }

  private synchronized Bucket bucket(String key) {
    return buckets.computeIfAbsent(
        key,
        k ->
            Bucket.builder()
                .addLimit(
                    limit -> limit.capacity(rule.burst()).refillGreedy(rule.burst(), rule.period()))
                .withCustomTimePrecision(time)
                .build());
  }
}
