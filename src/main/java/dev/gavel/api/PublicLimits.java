package dev.gavel.api;

import dev.gavel.access.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How often one device, or one network address, may raise a hand: the rate limits of the public
 * forms ({@link RateLimit}), one per device and one per address. A conference network often puts a
 * whole room behind one address, so the address's count is wide and the device's narrow.
 */
public final class PublicLimits {

  /** A few requests a minute per device: a hand, a change of mind, a +1 or two. */
  public static final int PER_DEVICE = 6;

  /** Per address: a full room of phones behind one conference router. */
  public static final int PER_ADDRESS = 300;

  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int REMEMBERED = 20_000;

  private final RateLimit byDevice;
  private final RateLimit byAddress;

  public PublicLimits(Clock clock) {
    this.byDevice = new RateLimit(new RateLimit.Rule(PER_DEVICE, WINDOW), clock, REMEMBERED);
    this.byAddress = new RateLimit(new RateLimit.Rule(PER_ADDRESS, WINDOW), clock, REMEMBERED);
  }

  /**
   * Takes one request from the address's count and, when the device is known, from the device's.
   *
   * @return empty when allowed; otherwise the seconds to wait
   */
  public OptionalLong take(String address, String device) {
    Optional<Duration> wait = byAddress.take(address);
    if (wait.isEmpty() && device != null) {
      wait = byDevice.take(device);
    }
    return wait.map(duration -> OptionalLong.of(Math.max(1, (duration.toMillis() + 999) / 1000)))
        .orElse(OptionalLong.empty());
  }
}
