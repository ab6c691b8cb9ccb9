package dev.gavel.access;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The organiser's secret and where it came from, which decides whether it may be shown: only a
 * secret Gavel has just made is printed, once. One from the environment, or one made at an earlier
 * start, is never printed, so that service logs do not collect it.
 */
public record OrganiserSecret(String value, Origin origin) {

  /** The environment variable an operator sets the secret in. */
  public static final String VARIABLE = "GAVEL_ADMIN_SECRET";

  public enum Origin {
    /** Set by the operator in {@code GAVEL_ADMIN_SECRET}. */
    ENVIRONMENT,
    /** Made at this start: the first one, or a replacement asked for. */
    MADE_NOW,
    /** Made at an earlier start and kept in the database. */
    STORED
  }

  /**
   * @param renew replace a stored secret with a new one (the old one stops working)
   */
  public static OrganiserSecret choose(
      Optional<String> fromEnvironment,
      Optional<String> stored,
      boolean renew,
      Supplier<String> make) {
    if (fromEnvironment.isPresent()) {
      return new OrganiserSecret(fromEnvironment.get(), Origin.ENVIRONMENT);
    }
    if (stored.isPresent() && !renew) {
      return new OrganiserSecret(stored.get(), Origin.STORED);
    }
    return new OrganiserSecret(make.get(), Origin.MADE_NOW);
  }

  public boolean madeNow() {
    return origin == Origin.MADE_NOW;
  }

  @Override
  public String toString() {
    // A record prints its fields; this one must not end up in a log by accident.
    return "OrganiserSecret[" + origin + "]";
  }
}
