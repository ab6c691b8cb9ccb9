package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.junit.jupiter.api.Test;

/** A socket's outgoing queue, against a session whose network the test controls. */
class OutboxTest {

  /** A session that sends nothing until the test says the network took the last message. */
  private static final class Network {
    final List<String> sent = new ArrayList<>();
    final List<Callback> inFlight = new ArrayList<>();
    Integer closedWith;

    final Session session =
        (Session)
            Proxy.newProxyInstance(
                Session.class.getClassLoader(),
                new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "sendText" -> {
                      sent.add((String) args[0]);
                      inFlight.add((Callback) args[1]);
                    }
                    case "close" -> closedWith = args.length > 0 ? (Integer) args[0] : 1000;
                    default -> {
                      // nothing else matters to an outbox
                    }
                  }
                  return method.getReturnType() == boolean.class ? false : null;
                });

    void delivers() {
      inFlight.removeFirst().succeed();
    }
  }

  @Test
  void anOutbox_sendsOneMessageAtATimeInOrder() {
    Network network = new Network();
    Outbox outbox = new Outbox(network.session, 10);

    outbox.offer("1");
    outbox.offer("2");
    outbox.offer("3");

    assertEquals(List.of("1"), network.sent);
    network.delivers();
    network.delivers();
    assertEquals(List.of("1", "2", "3"), network.sent);
  }

  @Test
  void aSocketThatFallsTooFarBehind_isDroppedNotWaitedFor() {
    Network stalled = new Network();
    Outbox outbox = new Outbox(stalled.session, 3);

    for (int i = 0; i < 5; i++) {
      outbox.offer("event " + i);
    }

    assertEquals(Outbox.TOO_FAR_BEHIND, stalled.closedWith);
    assertEquals(0, outbox.queued());
  }

  @Test
  void aSocketThatKeepsUp_isNeverDropped() {
    Network network = new Network();
    Outbox outbox = new Outbox(network.session, 3);

    for (int i = 0; i < 100; i++) {
      outbox.offer("event " + i);
      network.delivers();
    }

    assertNull(network.closedWith);
    assertEquals(100, network.sent.size());
  }
}
