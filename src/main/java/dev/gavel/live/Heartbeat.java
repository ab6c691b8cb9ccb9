package dev.gavel.live;

/**
 * Keeps every socket honest at little cost: a socket not heard from for a heartbeat period gets a
 * WebSocket ping, which a browser answers by itself; one silent for the silence limit is closed. A
 * page that talks (its own pings, every few seconds) is never pinged. Each socket's ping falls at
 * its own offset within the period, so sockets that opened together are not all pinged together,
 * and the sweep looks at each socket often enough to keep to those offsets.
 */
final class Heartbeat {

  /** Close code for a socket that stopped answering pings. */
  static final int WENT_SILENT = 4408;

  private final long periodMillis;
  private final long silenceLimitMillis;

  Heartbeat(long periodMillis, long silenceLimitMillis) {
    this.periodMillis = periodMillis;
    this.silenceLimitMillis = silenceLimitMillis;
  }

  /** How often to sweep, so that a ping is at most a quarter period late. */
  long sweepMillis() {
    return Math.max(1, periodMillis / 4);
  }

  /** The offset within the period at which a new socket is pinged, from any number it owns. */
  long offset(long seed) {
    return Math.floorMod(seed * 0x9E3779B97F4A7C15L, periodMillis);
  }

  /**
   * @return false when the socket has gone silent and was closed
   */
  boolean sweep(Connection connection, long nowMillis) {
    long silent = connection.silentFor(nowMillis);
    if (silent > silenceLimitMillis) {
      connection.room.leave(connection);
      connection.close(WENT_SILENT, "no answer to pings");
      return false;
    }
    if (silent >= periodMillis + connection.pingOffsetMillis
        && connection.sincePing(nowMillis) >= periodMillis) {
      connection.ping(nowMillis);
    }
    return true;
  }
}
