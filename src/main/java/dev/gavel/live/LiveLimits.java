package dev.gavel.live;

import java.time.Duration;

/**
 * What keeps one socket from costing the server more than its share.
 *
 * @param heartbeat how long a socket may be silent before it is pinged
 * @param silenceLimit how long a socket may be silent before it is closed
 * @param outboxMessages how many messages a socket may fall behind before it is dropped
 * @param outboxBytes how many bytes a socket may fall behind before it is dropped; one message, of
 *     any size, may always be on its way
 * @param resyncBurst how many snapshots a socket may ask for at once
 * @param resyncPeriod how soon after that burst it may ask for one more
 */
public record LiveLimits(
    Duration heartbeat,
    Duration silenceLimit,
    int outboxMessages,
    long outboxBytes,
    int resyncBurst,
    Duration resyncPeriod) {

  /** With the allowance for resyncs that no page in good health comes near. */
  public static LiveLimits of(
      Duration heartbeat, Duration silenceLimit, int outboxMessages, long outboxBytes) {
    return new LiveLimits(
        heartbeat, silenceLimit, outboxMessages, outboxBytes, 5, Duration.ofSeconds(2));
  }
}
