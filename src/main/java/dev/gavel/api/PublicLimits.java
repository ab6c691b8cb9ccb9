package dev.gavel.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How often one device, or one network address, may use the attendees' public forms: a token bucket
 * each (Bucket4j). A conference network often puts a whole room behind one address, so the
 * address's bucket is wide and the device's narrow. Buckets of the least recently seen are
 * forgotten beyond a bound, so a flood of made-up devices cannot fill the memory.
 */
public final class PublicLimits {

  /** A few requests a minute per device: a hand, a change of mind, a +1 or two. */
  public static final int PER_DEVICE = 6;

  /** Per address: a full room of phones behind one conference router. */
  public static final int PER_ADDRESS = 300;

  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int REMEMBERED = 20_000;

  private final Map<String, Bucket> devices = lru();
  private final Map<String, Bucket> addresses = lru();

  /**
   * Takes one request from the address's bucket and, when the device is known, from the device's.
   *
   * @return empty when allowed; otherwise the seconds to wait
   */
  public OptionalLong take(String address, String device) {
    OptionalLong wait = take(addresses, address, PER_ADDRESS);
    if (wait.isPresent() || device == null) {
      return wait;
    }
    return take(devices, device, PER_DEVICE);
  }

  private static OptionalLong take(Map<String, Bucket> buckets, String key, int perWindow) {
    Bucket bucket;
    synchronized (buckets) {
      bucket = buckets.computeIfAbsent(key, k -> bucket(perWindow));
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
  }

  private static Bucket bucket(int perWindow) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perWindow).refillGreedy(perWindow, WINDOW).build())
        .build();
  }

  private static Map<String, Bucket> lru() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > REMEMBERED;
      }
    };
  }
}
