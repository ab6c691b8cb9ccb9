package dev.gavel.live;

import dev.gavel.access.Role;
import dev.gavel.room.Sender;
import java.util.function.LongSupplier;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One open socket of a room: who it is, its outgoing queue, when it was last heard from, and how
 * many snapshots it may still ask for.
 */
final class Connection implements Heartbeat.Socket {

  final Role role;
  final Outbox outbox;
  final LiveRoom room;
  private final CoreSession session;
  // Counts every frame the socket received, protocol pongs included: what hearing from it means.
  private final LongSupplier framesIn;
  private final ResyncAllowance resyncs;
  // Spreads the pings of sockets that opened together over the heartbeat period.
  private final long pingOffsetMillis;

  /** Whose commands these are: the same for every command of this socket. */
  final Sender sender;

  private volatile String label;
  private volatile long lastHeardMillis;
  private long framesSeen;
  private long lastPingMillis;
  private boolean snapshotPending;
  private boolean snapshotOwed;
  private volatile boolean gone;

  Connection(
      CoreSession session,
      LongSupplier framesIn,
      Role role,
      Sender sender,
      Outbox outbox,
      LiveRoom room,
      ResyncAllowance resyncs,
      long pingOffsetMillis,
      long nowMillis) {
    this.session = session;
    this.framesIn = framesIn;
    this.role = role;
    this.sender = sender;
    this.outbox = outbox;
    this.room = room;
    this.resyncs = resyncs;
    this.pingOffsetMillis = pingOffsetMillis;
    this.lastHeardMillis = nowMillis;
    this.lastPingMillis = nowMillis;
  }

  /** What the others in the room call this socket: its name, or "Tablet 2" and the like. */
  String label() {
    return label;
  }

  void label(String label) {
    this.label = label;
  }

  @Override
  public Role role() {
    return role;
  }

  @Override
  public long pingOffsetMillis() {
    return pingOffsetMillis;
  }

  void heard(long nowMillis) {
    lastHeardMillis = nowMillis;
  }

  /**
   * How long the socket has been silent, counting anything it sent since the last look (a protocol
   * pong, which no handler sees, included). For the heartbeat's one thread.
   */
  @Override
  public long silentFor(long nowMillis) {
    long frames = framesIn.getAsLong();
    if (frames != framesSeen) {
      framesSeen = frames;
      lastHeardMillis = nowMillis;
    }
    return nowMillis - lastHeardMillis;
  }

  @Override
  public long sincePing(long nowMillis) {
    return nowMillis - lastPingMillis;
  }

  /** A WebSocket ping: a browser answers it by itself, without the page's scripts. */
  @Override
  public void ping(long nowMillis) {
    lastPingMillis = nowMillis;
    session.sendFrame(new Frame(OpCode.PING), Callback.NOOP, false);
  }

  @Override
  public void wentSilent() {
    room.leave(this);
    close(Heartbeat.WENT_SILENT, "no answer to pings");
  }

  void close(int code, String reason) {
    session.close(code, reason, Callback.NOOP);
  }

  boolean mayResync(long nowMillis) {
    return resyncs.take(nowMillis);
  }

  /**
   * Claims the one snapshot this socket may have on its way; false if one is already, and then one
   * more is owed once it is sent: the page may have read it before the network told us so, and asks
   * for a fresh one that it must get.
   */
  synchronized boolean claimSnapshot() {
    if (snapshotPending) {
      snapshotOwed = true;
      return false;
    }
    snapshotPending = true;
    return true;
  }

  /**
   * @return true when one more snapshot was asked for meanwhile: it is claimed now, to be sent
   */
  synchronized boolean snapshotSent() {
    if (snapshotOwed) {
      snapshotOwed = false;
      return true;
    }
    snapshotPending = false;
    return false;
  }

  void leave() {
    gone = true;
  }

  boolean isGone() {
    return gone;
  }
}
