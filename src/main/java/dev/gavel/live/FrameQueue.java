package dev.gavel.live;

import java.nio.ByteBuffer;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.Behavior;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.eclipse.jetty.websocket.core.OutgoingEntry;
import org.eclipse.jetty.websocket.core.WebSocketConnection;
import org.eclipse.jetty.websocket.core.WebSocketCoreSession;

/**
 * Where one socket's text messages go. A session's own send passes each frame through layers kept
 * for extensions and fragmentation, each with its lock, its queue and its copy of the frame's
 * entry: near a third of the time a profile found in handing one message to one socket. A socket
 * that negotiated no extension needs none of them, so its messages go straight into its
 * connection's frame queue, which batches, writes and answers each callback in order, as the
 * session would have it do; a message longer than the session's largest frame is cut into
 * continuation frames here, as the session would. Every text message of a socket takes the same
 * way, so none overtakes another.
 */
interface FrameQueue {

  /** Hands a whole text message over; {@code batch} lets it wait for the next one's write. */
  void text(ByteBuffer payload, Callback callback, boolean batch);

  /** The straight way when the socket is one it is valid for; the session's own otherwise. */
  static FrameQueue of(CoreSession session) {
    if (session instanceof WebSocketCoreSession core && straightIsValid(core)) {
      return new Direct(core.getConnection(), core.getMaxFrameSize());
    }
    return (payload, callback, batch) ->
        session.sendFrame(new Frame(OpCode.TEXT, true, payload), callback, batch);
  }

  /**
   * What the straight way takes for granted, looked at once the upgrade is done, since any of it
   * depends on the client, the server's settings or Jetty's: an opened connection; no extension in
   * the stack at all (a negotiated one would expect to transform every frame, and Jetty's own
   * internal ones are left out of its list of negotiated extensions, so the stack is asked); the
   * server's side of the socket (a client's frames are masked); no bound of the session's on the
   * frames in flight, which the straight way would not count; and a message longer than the largest
   * frame cut into fragments rather than refused, which is what is done here.
   */
  static boolean straightIsValid(WebSocketCoreSession core) {
    return core.getConnection() != null
        && !core.getExtensionStack().hasNegotiatedExtensions()
        && core.getBehavior() == Behavior.SERVER
        && core.getMaxOutgoingFrames() <= 0
        && (core.isAutoFragment() || core.getMaxFrameSize() <= 0);
  }

  /** Straight into the connection's frame queue. */
  record Direct(WebSocketConnection connection, long largestFrame) implements FrameQueue {

    @Override
    public void text(ByteBuffer payload, Callback callback, boolean batch) {
      if (largestFrame <= 0 || payload.remaining() <= largestFrame) {
        enqueue(new Frame(OpCode.TEXT, true, payload), callback, batch);
        return;
      }
      // Only the last fragment's write tells the callback: the message is taken once all of it is.
      byte opCode = OpCode.TEXT;
      while (payload.remaining() > largestFrame) {
        int end = payload.position() + (int) largestFrame;
        enqueue(
            new Frame(opCode, false, payload.slice(payload.position(), (int) largestFrame)),
            Callback.NOOP,
            true);
        payload.position(end);
        opCode = OpCode.CONTINUATION;
      }
      enqueue(new Frame(opCode, true, payload), callback, batch);
    }

    private void enqueue(Frame frame, Callback callback, boolean batch) {
      connection.enqueueFrame(new OutgoingEntry.Builder(frame, callback).batch(batch).build());
    }
  }
}
