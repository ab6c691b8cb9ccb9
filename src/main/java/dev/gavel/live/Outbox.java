package dev.gavel.live;

import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket's outgoing messages: handed to the socket at once, never waited for, and counted until
 * the network has taken them, in messages and in bytes. A socket that falls further behind than
 * either bound is disconnected rather than waited for; its client reconnects and starts again from
 * a fresh snapshot. A socket may always have one message on its way, however big.
 */
final class Outbox {

  /** Close code for "try again later": the client reconnects and resynchronises. */
  static final int TOO_FAR_BEHIND = 1013;

  /** Close code for a socket whose send failed: the client reconnects and resynchronises. */
  static final int SEND_FAILED = 1011;

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final CoreSession session;
  private final FrameQueue frames;
  private final int messageLimit;
  private final long byteLimit;
  private int messages;
  private long bytes;
  private boolean closed;

  Outbox(CoreSession session, int messageLimit, long byteLimit) {
    this.session = session;
    this.frames = FrameQueue.of(session);
    this.messageLimit = messageLimit;
    this.byteLimit = byteLimit;
  }

  void offer(SharedFrame frame) {
    send(frame, false, null);
  }

  /**
   * Hands the frames over in order, as one write when the network allows: all but the last are
   * batched behind it.
   */
  void offerAll(SharedFrame[] frames) {
    for (int i = 0; i < frames.length; i++) {
      send(frames[i], i < frames.length - 1, null);
    }
  }

  /**
   * @param sent told once the network took the frame, or once it never will (the socket closed)
   * @return whether the frame was handed over; if not, {@code sent} has been told already
   */
  boolean offer(SharedFrame frame, Runnable sent) {
    return send(frame, false, sent);
  }

  private boolean send(SharedFrame frame, boolean batch, Runnable sent) {
    int size = frame.size();
    boolean dropNow = false;
    RuntimeException refused = null;
    synchronized (this) {
      if (!closed && messages < messageLimit && (messages == 0 || bytes + size <= byteLimit)) {
        messages++;
        bytes += size;
        try {
          // Handed over under the lock, so that a message cut into fragments stays whole.
          frames.text(frame.payload(), new Sent(size, sent), batch);
          return true;
        } catch (RuntimeException e) {
          refused = e;
        }
      } else {
        dropNow = !closed;
        closed = true;
      }
    }
    if (refused != null) {
      // A socket in a state nobody foresaw: closed as one whose send failed, so that its client
      // starts again, and the walk goes on to the other sockets.
      LOG.warn("a socket refused a message and is closed", refused);
      failed(size, sent);
      return false;
    }
    done(sent);
    if (dropNow) {
      session.close(
          TOO_FAR_BEHIND, "too far behind: reconnect for a fresh snapshot", Callback.NOOP);
    }
    return false;
  }

  /** One message on its way: what it counts for, and who waits for it. */
  private final class Sent implements Callback {
    private final int size;
    private final Runnable sent;

    Sent(int size, Runnable sent) {
      this.size = size;
      this.sent = sent;
    }

    @Override
    public void succeeded() {
      taken(size, sent);
    }

    @Override
    public void failed(Throwable failure) {
      Outbox.this.failed(size, sent);
    }
  }

  private void taken(int size, Runnable sent) {
    synchronized (this) {
      messages--;
      bytes -= size;
    }
    done(sent);
  }

  /**
   * A failed send, or one the socket refused, means the socket is gone: what it counted is undone,
   * and its close handler removes the viewer.
   */
  private void failed(int size, Runnable sent) {
    synchronized (this) {
      messages--;
      bytes -= size;
      closed = true;
    }
    done(sent);
    session.close(SEND_FAILED, "send failed", Callback.NOOP);
  }

  private static void done(Runnable sent) {
    if (sent != null) {
      sent.run();
    }
  }

  /** Whether the socket was dropped (or failed): it is told nothing more. */
  synchronized boolean dropped() {
    return closed;
  }

  /** What the socket has not taken yet, in bytes. */
  synchronized long queuedBytes() {
    return bytes;
  }

  synchronized int queued() {
    return messages;
  }
}
