package dev.gavel.live;

import dev.gavel.access.Role;
import io.javalin.websocket.WsContext;

/** One open socket of a room: who it is, its outgoing queue, and when it was last heard from. */
final class Connection {

  final WsContext context;
  final Role role;
  final Outbox outbox;
  private volatile long lastHeardMillis;

  Connection(WsContext context, Role role, int outboxLimit, long nowMillis) {
    this.context = context;
    this.role = role;
    this.outbox = new Outbox(context.session, outboxLimit);
    this.lastHeardMillis = nowMillis;
  }

  void heard(long nowMillis) {
    lastHeardMillis = nowMillis;
  }

  long silentFor(long nowMillis) {
    return nowMillis - lastHeardMillis;
  }
}
