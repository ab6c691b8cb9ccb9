package dev.gavel.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * What makes a server broadcast, on a socket of its own: for Gavel the moderator's {@code note}
 * command, whose event lands at log position {@code seq}; for the bare loop a message naming {@code
 * seq}. Whatever comes back is read and dropped.
 */
final class Trigger implements AutoCloseable {

  private final WebSocket socket;
  private final boolean gavel;

  private Trigger(WebSocket socket, boolean gavel) {
    this.socket = socket;
    this.gavel = gavel;
  }

  static Trigger of(BenchServer server) {
    boolean gavel = server.kind.equals("gavel");
    URI uri = server.socket(gavel ? "/rooms/networking/live?key=" + BenchServer.SECRET : "/ws");
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Origin", "http://127.0.0.1:" + server.port)
            .buildAsync(uri, new Drop())
            .join();
    return new Trigger(socket, gavel);
  }

  synchronized void send(long seq) throws Exception {
    String text =
        gavel
            ? "{\"type\":\"command\",\"id\":\"bench-"
                + seq
                + "\",\"command\":{\"type\":\"note\",\"text\":\"line "
                + seq
                + " of the benchmark\"}}"
            : "{\"seq\":" + seq + "}";
    socket.sendText(text, true).get(30, TimeUnit.SECONDS);
  }

  /**
   * Starts the demo's first topic, so that notes belong to it: one event, at position 1, and the
   * first note's at 2. The bare loop has nothing to start.
   */
  long start() throws Exception {
    if (gavel) {
      socket
          .sendText(
              "{\"type\":\"command\",\"id\":\"bench-start\",\"command\":{\"type\":\"startTopic\"}}",
              true)
          .get(30, TimeUnit.SECONDS);
      return 2;
    }
    return 1;
  }

  @Override
  public void close() {
    socket.abort();
  }

  /** Reads everything and keeps nothing; the JDK answers the server's pings by itself. */
  private static final class Drop implements WebSocket.Listener {
    @Override
    public void onOpen(WebSocket socket) {
      socket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
      return null;
    }
  }
}
