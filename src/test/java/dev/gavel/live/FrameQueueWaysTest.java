package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.websocket.WsConnectContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which way a socket's messages take is decided for each socket once it is open: straight into its
 * connection's frame queue only when nothing between the session and the wire would have touched
 * them. Gavel's server declines every extension, so its sockets all go the straight way; this
 * server keeps per-message compression on offer, as Jetty does by default, to show that a socket
 * which negotiated it is still served through the session, its messages compressed.
 */
class FrameQueueWaysTest {

  /** Longer than two of the session's largest frames (64 KiB by default). */
  private static final String LONG = "a line of the room's notes ".repeat(6_000);

  private static final String SHORT = "{\"type\":\"event\",\"seq\":42}";

  private final BlockingQueue<String> ways = new LinkedBlockingQueue<>();
  private Javalin server;

  @BeforeEach
  void start() {
    server =
        Javalin.create(config -> config.routes.ws("/frames", ws -> ws.onConnect(this::opened)))
            .start("127.0.0.1", 0);
  }

  /** Sends a long message and a short one the way the socket was found fit for. */
  private void opened(WsConnectContext ctx) {
    CoreSession session = ((WebSocketSession) ctx.session).getCoreSession();
    if (ctx.queryParam("bounded") != null) {
      session.setMaxOutgoingFrames(8);
    }
    FrameQueue frames = FrameQueue.of(session);
    ways.add(frames instanceof FrameQueue.Direct ? "straight" : "session");
    frames.text(utf8(LONG), Callback.NOOP, false);
    frames.text(utf8(SHORT), Callback.NOOP, false);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aSocketWithoutExtensions_getsPlainFramesStraight_aLongMessageCutAtTheLargestFrame()
      throws Exception {
    try (WireReader wire = WireReader.upgrade(server.port(), "/frames", null)) {
      assertNull(wire.extensions());
      assertEquals("straight", ways.poll(10, TimeUnit.SECONDS));

      List<WireReader.Frame> longOne = wire.message();
      assertEquals(3, longOne.size(), "65,536 + 65,536 + the rest");
      assertEquals(
          List.of(65_536, 65_536), List.of(longOne.get(0).length(), longOne.get(1).length()));
      assertEquals(LONG, WireReader.text(longOne));
      assertEquals(SHORT, WireReader.text(wire.message()));
      assertFalse(wire.sawCompressed());
    }
  }

  @Test
  void aSocketThatNegotiatedCompression_isServedThroughTheSession_itsMessagesCompressed()
      throws Exception {
    try (WireReader wire =
        WireReader.upgrade(
            server.port(), "/frames", "permessage-deflate; client_max_window_bits")) {
      assertTrue(wire.extensions().startsWith("permessage-deflate"), wire.extensions());
      assertEquals("session", ways.poll(10, TimeUnit.SECONDS));

      assertEquals(LONG, wire.inflated(wire.message()));
      assertEquals(SHORT, wire.inflated(wire.message()));
      assertTrue(wire.sawCompressed());
    }
  }

  @Test
  void aSessionThatBoundsItsFramesInFlight_keepsCountingThem() throws Exception {
    try (WireReader wire = WireReader.upgrade(server.port(), "/frames?bounded", null)) {
      assertEquals("session", ways.poll(10, TimeUnit.SECONDS));
      assertEquals(LONG, WireReader.text(wire.message()));
      assertEquals(SHORT, WireReader.text(wire.message()));
    }
  }

  private static ByteBuffer utf8(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
  }
}
