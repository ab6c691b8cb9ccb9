package dev.gavel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real WebSocket client of a room, as a script or a browser would be: it answers the server's
 * protocol pings (the JDK's client does so by itself) and hands the test every message in order.
 */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {

  private static final long WAIT_SECONDS = 10;

  /** The close "code" of a connection that broke without a close frame. */
  public static final int BROKEN = -1;

  private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
  // Who else is in the room comes whenever somebody joins or leaves: kept apart from the room's
  // messages, so that a test reads those in order whoever else is there.
  private final BlockingQueue<JsonNode> presence = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  public static LiveClient connect(URI uri) {
    return connect(uri, null);
  }

  /**
   * @param origin the Origin header a browser would send; null for a script
   */
  public static LiveClient connect(URI uri, String origin) {
    LiveClient client = new LiveClient();
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (origin != null) {
      builder.header("Origin", origin);
    }
    client.socket = builder.buildAsync(uri, client).join();
    return client;
  }

  /** The HTTP status with which the server refused the upgrade; fails if it accepted it. */
  public static int refusal(URI uri, String origin) {
    try (LiveClient accepted = connect(uri, origin)) {
      return fail("the server opened the socket");
    } catch (CompletionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        return refused.getResponse().statusCode();
      }
      throw e;
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      JsonNode message = TestServer.json(partial.toString());
      partial.setLength(0);
      if (message.path("type").asText().equals("presence")) {
        presence.add(message);
      } else {
        messages.add(message);
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete(BROKEN);
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    webSocket.request(1);
    return null;
  }

  public synchronized void send(String text) {
    socket.sendText(text, true).join();
  }

  /**
   * Sends what the server may refuse half-way through (an oversized message, say): the server
   * closing the socket before the last byte is part of what is being tested.
   */
  public void sendRegardless(String text) {
    try {
      send(text);
    } catch (CompletionException e) {
      // the server closed the socket while the message was still going out
    }
  }

  /** A binary frame, which the protocol has no use for. */
  public void sendBinary(byte[] bytes) {
    try {
      socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    } catch (CompletionException e) {
      // the server closed the socket on it
    }
  }

  /** Whether the server has closed the socket, or it broke, by now. */
  public boolean isClosed() {
    return closed.isDone();
  }

  public void command(String id, String command) {
    send("{\"type\":\"command\",\"id\":\"" + id + "\",\"command\":" + command + "}");
  }

  /** The next message other than a ping; fails the test after ten seconds of nothing. */
  public JsonNode next() {
    return poll(messages);
  }

  /** The next presence message: who runs the room and writes its notes, as of then. */
  public JsonNode nextPresence() {
    return poll(presence);
  }

  private static JsonNode poll(BlockingQueue<JsonNode> queue) {
    try {
      JsonNode message = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      if (message == null) {
        fail("no message from the server within " + WAIT_SECONDS + " s");
      }
      return message;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The next message, which must be of this type. */
  public JsonNode next(String type) {
    JsonNode message = next();
    assertEquals(type, message.path("type").asText(), () -> "unexpected message " + message);
    return message;
  }

  /** Skips messages until one of this type arrives. */
  public JsonNode nextOf(String type) {
    while (true) {
      JsonNode message = next();
      if (message.path("type").asText().equals(type)) {
        return message;
      }
    }
  }

  /** The answer to a command: skips the events it caused, which may come first. */
  public JsonNode answer(String id) {
    while (true) {
      JsonNode message = next();
      if (message.path("id").asText().equals(id)) {
        return message;
      }
    }
  }

  public boolean hasNothingWaiting() {
    return messages.isEmpty();
  }

  /** The close code the server chose; fails if the socket is still open after ten seconds. */
  public int closeCode() {
    try {
      return closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return fail("the socket is still open after " + WAIT_SECONDS + " s");
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (!closed.isDone()) {
      socket.abort();
    }
  }
}
