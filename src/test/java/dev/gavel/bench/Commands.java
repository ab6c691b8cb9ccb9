package dev.gavel.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Commands over the HTTP API as a script sends them: one at a time, each {@code POST} timed to its
 * {@code 200}; or at a fixed rate, timed from when each was due (so a server that falls behind
 * shows it), with at most 64 in flight.
 */
final class Commands {

  private static final int IN_FLIGHT = 64;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI uri;
  private final AtomicInteger ids = new AtomicInteger();

  Commands(BenchServer server) {
    this.uri = URI.create("http://127.0.0.1:" + server.port + "/api/rooms/networking/commands");
  }

  /** What a run of commands measured. */
  record Run(
      double rate,
      int sent,
      int ok,
      double achieved,
      double p50Millis,
      double p99Millis,
      double maxMillis) {
    String row(String label) {
      return String.format(
          Locale.ROOT,
          "%s\t%s\t%d\t%d\t%.0f\t%.2f\t%.2f",
          label,
          rate == 0 ? "one at a time" : String.format(Locale.ROOT, "%.0f", rate),
          sent,
          ok,
          achieved,
          p50Millis,
          p99Millis);
    }
  }

  /** Lines of notes as a note-taker writes them, with Markdown and a link, one at a time. */
  void notes(int count) throws Exception {
    for (int i = 1; i <= count; i++) {
      String line =
          "Line "
              + i
              + ": the VRF device should keep per-table FIB rules; **ask** Dave about the"
              + " l3mdev hooks and [the RFC](https://example.org/rfc"
              + i
              + ").";
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("Authorization", "Bearer " + BenchServer.SECRET)
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"type\":\"note\",\"text\":\"" + line + "\"}"))
              .build();
      http.send(request, HttpResponse.BodyHandlers.discarding());
    }
  }

  /** {@code count} commands, each sent when the one before was answered. */
  Run oneAtATime(int count) throws Exception {
    int[] left = {count};
    return oneAtATimeWhile(() -> left[0]-- > 0);
  }

  /** Commands one at a time, each sent when the one before was answered, while this holds. */
  Run oneAtATimeWhile(BooleanSupplier going) throws Exception {
    long[] took = new long[64];
    int count = 0;
    int ok = 0;
    long started = System.nanoTime();
    while (going.getAsBoolean()) {
      long sent = System.nanoTime();
      if (http.send(request(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
        ok++;
      }
      if (count == took.length) {
        took = Arrays.copyOf(took, count * 2);
      }
      took[count++] = System.nanoTime() - sent;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    took = Arrays.copyOf(took, count);
    Arrays.sort(took);
    return new Run(
        0,
        count,
        ok,
        count / seconds,
        Stats.percentile(took, 0.5) / 1e6,
        Stats.percentile(took, 0.99) / 1e6,
        Stats.percentile(took, 1.0) / 1e6);
  }

  /** Commands at {@code rate} a second for {@code seconds}, each timed from when it was due. */
  Run atRate(double rate, double seconds) throws InterruptedException {
    int count = (int) Math.round(rate * seconds);
    long[] took = new long[count];
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    Semaphore slots = new Semaphore(IN_FLIGHT);
    CountDownLatch done = new CountDownLatch(count);
    long start = System.nanoTime() + 5_000_000;
    long[] last = {start};
    for (int i = 0; i < count; i++) {
      long due = start + (long) (i * 1e9 / rate);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      slots.acquire();
      http.sendAsync(request(), HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (response, failure) -> {
                long now = System.nanoTime();
                slots.release();
                if (failure == null && response.statusCode() == 200) {
                  ok.incrementAndGet();
                }
                took[answered.getAndIncrement()] = now - due;
                synchronized (last) {
                  last[0] = Math.max(last[0], now);
                }
                done.countDown();
              });
    }
    done.await(120, TimeUnit.SECONDS);
    double wall;
    synchronized (last) {
      wall = (last[0] - start) / 1e9;
    }
    long[] sorted = Arrays.copyOf(took, answered.get());
    Arrays.sort(sorted);
    return new Run(
        rate,
        count,
        ok.get(),
        ok.get() / wall,
        Stats.percentile(sorted, 0.5) / 1e6,
        Stats.percentile(sorted, 0.99) / 1e6,
        Stats.percentile(sorted, 1.0) / 1e6);
  }

  private HttpRequest request() {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + BenchServer.SECRET)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", "bench-http-" + ids.incrementAndGet() + "-" + System.nanoTime())
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"type\":\"note\",\"text\":\"a line of notes from a script\"}"))
        .build();
  }
}
