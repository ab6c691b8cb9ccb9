package dev.gavel.live;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * A socket's session whose network the test controls: it records every text frame handed to it and
 * either takes each at once (a network that keeps up) or only when the test says so.
 */
final class TestSession {

  final List<String> sent = new ArrayList<>();
  final List<Boolean> batched = new ArrayList<>();
  final List<Callback> inFlight = new ArrayList<>();
  private final boolean keepsUp;
  volatile Integer closedWith;
  volatile int pings;
  // Once set, every frame handed over throws, as a socket in a state nobody foresaw might.
  private volatile boolean broken;

  final CoreSession session =
      (CoreSession)
          Proxy.newProxyInstance(
              CoreSession.class.getClassLoader(),
              new Class<?>[] {CoreSession.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "sendFrame" ->
                      handed((Frame) args[0], (Callback) args[1], (Boolean) args[2]);
                  case "close" -> closedWith = args.length > 1 ? (Integer) args[0] : 1000;
                  default -> {
                    // nothing else matters to a socket's outgoing side
                  }
                }
                return method.getReturnType() == boolean.class ? false : null;
              });

  private TestSession(boolean keepsUp) {
    this.keepsUp = keepsUp;
  }

  /** A network that takes every frame at once. */
  static TestSession keepingUp() {
    return new TestSession(true);
  }

  /** A network that takes a frame only when {@link #delivers} is called. */
  static TestSession heldBack() {
    return new TestSession(false);
  }

  /** From now on, every frame handed to this socket throws. */
  void breaks() {
    broken = true;
  }

  private void handed(Frame frame, Callback callback, boolean batch) {
    if (broken) {
      throw new IllegalStateException("this socket's network is in a state nobody foresaw");
    }
    if (frame.getOpCode() == OpCode.PING) {
      pings++;
      callback.succeeded();
      return;
    }
    synchronized (this) {
      sent.add(StandardCharsets.UTF_8.decode(frame.getPayload()).toString());
      batched.add(batch);
      if (!keepsUp) {
        inFlight.add(callback);
      }
    }
    if (keepsUp) {
      callback.succeeded();
    }
  }

  void delivers() {
    Callback next;
    synchronized (this) {
      next = inFlight.removeFirst();
    }
    next.succeeded();
  }

  synchronized List<String> sent() {
    return List.copyOf(sent);
  }
}
