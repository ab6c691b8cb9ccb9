package dev.gavel.bench;

import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long a moderator's command takes to reach every screen of a full room: a real server, a real
 * SQLite file, and N viewer sockets. Prints its figures; asserts nothing.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.gavel.bench.BroadcastBenchmark -Dexec.args="200 300"} (viewers, commands).
 */
public final class BroadcastBenchmark {

  public static void main(String[] args) throws Exception {
    int viewers = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int commands = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    Path data = Files.createTempDirectory("gavel-benchmark");
    try (TestServer server = TestServer.startAsInProduction(data)) {
      AtomicReference<CountDownLatch> arrived = new AtomicReference<>(new CountDownLatch(viewers));
      HttpClient client = HttpClient.newHttpClient();
      List<WebSocket> sockets = new ArrayList<>();
      URI uri = server.socket(null);
      for (int i = 0; i < viewers; i++) {
        sockets.add(client.newWebSocketBuilder().buildAsync(uri, new Counter(arrived)).join());
      }
      Thread.sleep(500); // every snapshot delivered before the clock starts

      long[] latencies = new long[commands];
      server.command("{\"type\":\"startTopic\"}");
      Thread.sleep(200);
      long started = System.nanoTime();
      for (int i = 0; i < commands; i++) {
        arrived.set(new CountDownLatch(viewers));
        long sent = System.nanoTime();
        server.command("{\"type\":\"note\",\"text\":\"line " + i + "\"}");
        if (!arrived.get().await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("event " + i + " did not reach every viewer in 10 s");
        }
        latencies[i] = System.nanoTime() - sent;
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      Arrays.sort(latencies);
      System.out.printf(
          "%d viewers, %d commands over HTTP, each committed to SQLite and sent to every viewer%n",
          viewers, commands);
      System.out.printf(
          "command → last viewer: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          ms(latencies, 0.50),
          ms(latencies, 0.95),
          ms(latencies, 0.99),
          latencies[commands - 1] / 1e6);
      System.out.printf(
          "throughput: %.0f commands/s, %.0f messages/s%n",
          commands / seconds, commands * viewers / seconds);
      sockets.forEach(WebSocket::abort);
    }
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
  }

  /**
   * Counts each viewer's events; answers pings so the server keeps it. A message may come in parts
   * (a busy machine splits a frame across reads): it is looked at once whole.
   */
  private static final class Counter implements WebSocket.Listener {
    private final AtomicReference<CountDownLatch> arrived;
    private final StringBuilder partial = new StringBuilder();

    Counter(AtomicReference<CountDownLatch> arrived) {
      this.arrived = arrived;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        if (text.startsWith("{\"type\":\"event\"")) {
          arrived.get().countDown();
        } else if (text.startsWith("{\"type\":\"ping\"")) {
          socket.sendText("{\"type\":\"pong\"}", true);
        }
      }
      socket.request(1);
      return null;
    }
  }
}
