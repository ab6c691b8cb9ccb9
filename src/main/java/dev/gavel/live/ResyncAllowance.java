package dev.gavel.live;

/**
 * How many fresh snapshots one socket may ask for: a few at once, then one per period. A client
 * asks again only after a gap in the events, which is rare; a socket that asks for more than this
 * is flooding, and is closed.
 */
final class ResyncAllowance {

  private final int burst;
  private final long periodMillis;
  private long spentUntil;

  /**
   * @param burst how many may come at once
   * @param periodMillis how soon one more is allowed after the burst is spent
   */
  ResyncAllowance(int burst, long periodMillis) {
    this.burst = burst;
    this.periodMillis = periodMillis;
  }

  /**
   * Spends one resync at this instant; false when none is left. The allowance is a moment in time
   * up to which resyncs are spent: each takes one period off the future, and no more than the burst
   * may be taken ahead.
   */
  synchronized boolean take(long nowMillis) {
    long from = Math.max(spentUntil, nowMillis);
    if (from + periodMillis - nowMillis > burst * periodMillis) {
      return false;
    }
    spentUntil = from + periodMillis;
    return true;
  }
}
