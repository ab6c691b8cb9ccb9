package dev.gavel.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Commands over the HTTP API as a script sends them: one at a time, each {@code POST} timed to its
 * {@code 200}; or at a fixed rate, timed from when each was due (so a server that falls behind
 * shows it), with at most 64 in flight. Sent by {@link LeanHttp}, so that the client costs the
 * machine as little as it can.
 */
final class Commands implements AutoCloseable {

  private static final int IN_FLIGHT = 64;
  private static final String PATH = "/api/rooms/networking/commands";

  private final int port;
  private final String headers;
  private final long run = System.nanoTime();
  private int ids;
  private LeanHttp single;
  private LeanHttp many;

  Commands(BenchServer server) {
    this.port = server.port;
    this.headers = "Authorization: Bearer " + BenchServer.SECRET + "\r\n";
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
  void notes(int count) throws IOException {
    for (int i = 1; i <= count; i++) {
      String line =
          "Line "
              + i
              + ": the VRF device should keep per-table FIB rules; **ask** Dave about the"
              + " l3mdev hooks and [the RFC](https://example.org/rfc"
              + i
              + ").";
      byte[] request = request("{\"type\":\"note\",\"text\":\"" + line + "\"}");
      single().run(1, next -> request, next -> -1, 60);
    }
  }

  /** {@code count} commands, each sent when the one before was answered. */
  Run oneAtATime(int count) throws IOException {
    int[] left = {count};
    return oneAtATimeWhile(() -> left[0]-- > 0);
  }

  /** Commands one at a time, each sent when the one before was answered, while this holds. */
  Run oneAtATimeWhile(BooleanSupplier going) throws IOException {
    long[] took = new long[64];
    int count = 0;
    int ok = 0;
    long started = System.nanoTime();
    while (going.getAsBoolean()) {
      LeanHttp.Measured one = single().run(1, next -> request(), next -> -1, 60);
      ok += one.ok();
      if (count == took.length) {
        took = Arrays.copyOf(took, count * 2);
      }
      took[count++] = one.nanos().length == 1 ? one.nanos()[0] : TimeUnit.SECONDS.toNanos(60);
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
  Run atRate(double rate, double seconds) throws IOException {
    int count = (int) Math.round(rate * seconds);
    byte[][] requests = new byte[count][];
    for (int i = 0; i < count; i++) {
      requests[i] = request();
    }
    if (many == null) {
      many = new LeanHttp(port, IN_FLIGHT);
    }
    long start = System.nanoTime() + 5_000_000;
    LeanHttp.Measured measured =
        many.run(count, i -> requests[i], i -> start + (long) (i * 1e9 / rate), 120);
    long[] sorted = measured.nanos().clone();
    Arrays.sort(sorted);
    double wall = (measured.lastAnswered() - start) / 1e9;
    return new Run(
        rate,
        count,
        measured.ok(),
        measured.ok() / wall,
        Stats.percentile(sorted, 0.5) / 1e6,
        Stats.percentile(sorted, 0.99) / 1e6,
        Stats.percentile(sorted, 1.0) / 1e6);
  }

  private LeanHttp single() {
    if (single == null) {
      single = new LeanHttp(port, 1);
    }
    return single;
  }

  /** A note command with an id of its own, as a script sends it. */
  private byte[] request() {
    return request("{\"type\":\"note\",\"text\":\"a line of notes from a script\"}");
  }

  private byte[] request(String json) {
    String id = "Idempotency-Key: bench-http-" + ++ids + "-" + run + "\r\n";
    return LeanHttp.post(PATH, port, headers + id, json);
  }

  @Override
  public void close() throws IOException {
    if (single != null) {
      single.close();
    }
    if (many != null) {
      many.close();
    }
  }
}
