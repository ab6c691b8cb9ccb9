package dev.gavel.live;

import java.util.ArrayDeque;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One socket's outgoing messages: sent one at a time without blocking the sender, queued up to a
 * bound. A viewer that falls that far behind is disconnected rather than waited for; its client
 * reconnects and starts again from a fresh snapshot.
 */
final class Outbox {

  /** Close code for "try again later": the client reconnects and resynchronises. */
  static final int TOO_FAR_BEHIND = 1013;

  private final Session session;
  private final int limit;
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private boolean sending;
  private boolean closed;

  Outbox(Session session, int limit) {
    this.session = session;
    this.limit = limit;
  }

  void offer(String text) {
    boolean dropNow;
    synchronized (this) {
      if (closed) {
        return;
      }
      dropNow = queue.size() >= limit;
      if (dropNow) {
        closed = true;
        queue.clear();
      } else {
        queue.add(text);
        if (sending) {
          return;
        }
        sending = true;
      }
    }
    if (dropNow) {
      session.close(
          TOO_FAR_BEHIND, "too far behind: reconnect for a fresh snapshot", Callback.NOOP);
    } else {
      sendNext();
    }
  }

  private void sendNext() {
    String next;
    synchronized (this) {
      next = closed ? null : queue.poll();
      if (next == null) {
        sending = false;
        return;
      }
    }
    session.sendText(next, Callback.from(this::sendNext, this::failed));
  }

  /** A failed send means the socket is gone; its close handler removes the viewer. */
  private void failed(Throwable cause) {
    synchronized (this) {
      closed = true;
      queue.clear();
    }
    session.close(1011, "send failed", Callback.NOOP);
  }

  synchronized int queued() {
    return queue.size();
  }
}
