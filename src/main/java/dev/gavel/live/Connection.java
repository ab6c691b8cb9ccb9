package dev.gavel.live;

import dev.gavel.access.Role;
import dev.gavel.room.Sender;
import io.javalin.websocket.WsContext;

/** One open socket of a room: who it is, its outgoing queue, and when it was last heard from. */
final class Connection {

  final WsContext context;
  final Role role;
  final Outbox outbox;

  /** Whose commands these are: the same for every command of this socket. */
  final Sender sender;

  private volatile String label;
  private volatile long lastHeardMillis;

  Connection(WsContext context, Role role, Sender sender, int outboxLimit, long nowMillis) {
    this.context = context;
    this.role = role;
    this.sender = sender;
    this.outbox = new Outbox(context.session, outboxLimit);
    this.lastHeardMillis = nowMillis;
  }

  /** What the others in the room call this socket: its name, or "Tablet 2" and the like. */
  String label() {
    return label;
  }

  void label(String label) {
    this.label = label;
  }

  void heard(long nowMillis) {
    lastHeardMillis = nowMillis;
  }

  long silentFor(long nowMillis) {
    return nowMillis - lastHeardMillis;
  }
}
