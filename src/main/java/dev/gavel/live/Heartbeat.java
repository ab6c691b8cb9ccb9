package dev.gavel.live;

import dev.gavel.access.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps every socket honest at little cost: a socket not heard from for its heartbeat period gets a
 * WebSocket ping, which a browser answers by itself; one silent for its silence limit is closed. A
 * page that talks (its own pings, every few seconds) is never pinged.
 *
 * <p>Two paces. The sockets that run the room or show it on stage are few, and a tablet gone dead
 * must leave the moderators' list within seconds: they are looked at every tick. Plain viewers are
 * the thousands, and their pings were most of an idle server's work; a dead phone's socket only
 * costs memory until it is found, since the phone's own page notices a dead link within seconds,
 * reconnects and starts again from a fresh snapshot whatever the server still holds. So viewers are
 * pinged rarely, and each tick looks at one slot of a wheel of them only: every viewer is looked at
 * once a quarter of its period, never all of them at once.
 */
final class Heartbeat {

  /** Close code for a socket that stopped answering pings. */
  static final int WENT_SILENT = 4408;

  /**
   * How often a socket is pinged when silent, and how long it may stay silent.
   *
   * @param periodMillis silence after which a socket is pinged, and again each period after
   * @param silenceLimitMillis silence after which it is closed
   */
  record Pace(long periodMillis, long silenceLimitMillis) {}

  /** A socket as the heartbeat sees it. */
  interface Socket {
    Role role();

    /** Silence offset of this socket's ping within its period. */
    long pingOffsetMillis();

    /** How long it has said nothing, pongs counted; asked from the ticking thread only. */
    long silentFor(long nowMillis);

    long sincePing(long nowMillis);

    void ping(long nowMillis);

    /** Leaves its room and closes with {@link #WENT_SILENT}. */
    void wentSilent();
  }

  private final Pace near;
  private final Pace viewers;
  private final long tickMillis;
  private final Set<Socket> everyTick = ConcurrentHashMap.newKeySet();
  private final List<Set<Socket>> wheel = new ArrayList<>();
  // Which slot of the wheel the next tick looks at; the ticking thread's alone.
  private int turn;

  /**
   * @param near the pace of the sockets that may command or see the stage
   * @param viewers the pace of plain viewers
   */
  Heartbeat(Pace near, Pace viewers) {
    this.near = near;
    this.viewers = viewers;
    this.tickMillis = Math.max(1, near.periodMillis() / 4);
    long slots = Math.max(1, viewers.periodMillis() / 4 / tickMillis);
    for (long slot = 0; slot < slots; slot++) {
      wheel.add(ConcurrentHashMap.newKeySet());
    }
  }

  /** How often to tick, so that a ping near the room is at most a quarter period late. */
  long tickMillis() {
    return tickMillis;
  }

  /** The longest any socket may stay silent: beyond this, nothing keeps it open. */
  long longestSilenceMillis() {
    return Math.max(near.silenceLimitMillis(), viewers.silenceLimitMillis())
        + Math.max(near.periodMillis(), viewers.periodMillis());
  }

  /**
   * The offset within the period at which a new socket near the room is pinged, from any number it
   * owns, so that sockets that opened together are not all pinged together. A viewer has none: its
   * slot in the wheel spreads it already.
   */
  long offset(Role role, long seed) {
    return isNear(role) ? Math.floorMod(seed * 0x9E3779B97F4A7C15L, near.periodMillis()) : 0;
  }

  void add(Socket socket) {
    set(socket).add(socket);
  }

  void remove(Socket socket) {
    set(socket).remove(socket);
  }

  /** Looks at the sockets near the room and at one slot of viewers. */
  void tick(long nowMillis) {
    everyTick.removeIf(socket -> !look(socket, near, nowMillis));
    turn = (turn + 1) % wheel.size();
    wheel.get(turn).removeIf(socket -> !look(socket, viewers, nowMillis));
  }

  private Set<Socket> set(Socket socket) {
    return isNear(socket.role())
        ? everyTick
        : wheel.get(Math.floorMod(System.identityHashCode(socket), wheel.size()));
  }

  private static boolean isNear(Role role) {
    return role != Role.VIEWER;
  }

  /**
   * @return false when the socket has gone silent and was closed
   */
  private static boolean look(Socket socket, Pace pace, long nowMillis) {
    long silent = socket.silentFor(nowMillis);
    if (silent > pace.silenceLimitMillis()) {
      socket.wentSilent();
      return false;
    }
    if (silent >= pace.periodMillis() + socket.pingOffsetMillis()
        && socket.sincePing(nowMillis) >= pace.periodMillis()) {
      socket.ping(nowMillis);
    }
    return true;
  }
}
