package dev.gavel.live;

import java.time.Duration;

/**
 * What keeps one socket from costing the server more than its share.
 *
 * @param heartbeat how long a socket that may command or sees the stage may be silent before it is
 *     pinged
 * @param silenceLimit how long such a socket may be silent before it is closed
 * @param viewerHeartbeat how long a plain viewer's socket may be silent before it is pinged
 * @param viewerSilenceLimit how long a plain viewer's socket may be silent before it is closed
 * @param outboxMessages how many messages a socket may fall behind before it is dropped
 * @param outboxBytes how many bytes a socket may fall behind before it is dropped; one message, of
 *     any size, may always be on its way
 * @param resyncBurst how many snapshots a socket may ask for at once
 * @param resyncPeriod how soon after that burst it may ask for one more
 */
public record LiveLimits(
    Duration heartbeat,
    Duration silenceLimit,
    Duration viewerHeartbeat,
    Duration viewerSilenceLimit,
    int outboxMessages,
    long outboxBytes,
    int resyncBurst,
    Duration resyncPeriod) {

  /**
   * The most events kept for sockets that come back: at most 256, half of what a socket may lag.
   */
  int keptEvents() {
    return Math.min(256, outboxMessages / 2);
  }

  /**
   * The most bytes of events kept for sockets that come back: a quarter of what a socket may lag,
   * so that a socket sent what it missed is never dropped for it.
   */
  long keptBytes() {
    return outboxBytes / 4;
  }

  /** With the allowance for resyncs that no page in good health comes near. */
  public static LiveLimits of(
      Duration heartbeat,
      Duration silenceLimit,
      Duration viewerHeartbeat,
      Duration viewerSilenceLimit,
      int outboxMessages,
      long outboxBytes) {
    return new LiveLimits(
        heartbeat,
        silenceLimit,
        viewerHeartbeat,
        viewerSilenceLimit,
        outboxMessages,
        outboxBytes,
        5,
        Duration.ofSeconds(2));
  }
}
