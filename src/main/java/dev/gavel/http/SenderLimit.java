package dev.gavel.http;

import dev.gavel.access.RateLimit;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How often one sender may use one public form: counted per device (its cookie, see {@link Device})
 * and per address at once. The device's count is the one a person meets; the address's is looser,
 * for the many people behind one address, and is what a script that sends no cookie (or a new one
 * each time) meets.
 */
public final class SenderLimit {

  /** Senders remembered per count, at most; see {@link RateLimit}. */
  private static final int REMEMBERED = 10_000;

  private final RateLimit byDevice;
  private final RateLimit byAddress;
  private final String tooMany;

  /**
   * @param tooMany what a refused sender is told, such as "Too many sign-ups from this device"
   */
  public SenderLimit(
      RateLimit.Rule perDevice, RateLimit.Rule perAddress, Clock clock, String tooMany) {
    this.byDevice = new RateLimit(perDevice, clock, REMEMBERED);
    this.byAddress = new RateLimit(perAddress, clock, REMEMBERED);
    this.tooMany = tooMany;
  }

  /**
   * Takes one go for the request's sender.
   *
   * @return empty when it may go ahead; else what to tell it, with {@code Retry-After} set
   */
  public Optional<String> take(Context ctx) {
    // The device first: a device over its own count must not use up what its address shares.
    Optional<Duration> wait = Device.carried(ctx).flatMap(byDevice::take);
    if (wait.isEmpty()) {
      wait = byAddress.take(ctx.ip());
    }
    return wait.map(
        duration -> {
          long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
          ctx.header("Retry-After", Long.toString(seconds));
          return tooMany + ": please try again in " + words(seconds) + ".";
        });
  }

  private static String words(long seconds) {
    if (seconds < 60) {
      return seconds == 1 ? "a second" : seconds + " seconds";
    }
    long minutes = (seconds + 59) / 60;
    return minutes == 1 ? "a minute" : minutes + " minutes";
  }
}
