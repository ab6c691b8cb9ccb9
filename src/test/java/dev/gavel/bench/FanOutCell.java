package dev.gavel.bench;

import dev.gavel.testing.Viewers;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One server with N viewers: their heap, the server's CPU while they idle, then a warm-up, a paced
 * phase (one broadcast at a time, a pause between) and a burst (four in flight, no pause), each
 * measured from the trigger's send to every viewer's receipt.
 */
final class FanOutCell {

  static final int BURST_WINDOW = 4;
  static final long PACED_GAP_MILLIS = 20;

  /** What one phase measured. */
  record Phase(
      int broadcasts,
      long delivered,
      long lost,
      double p50Millis,
      double p99Millis,
      double cpuMicrosPerMessage,
      double compilerMillis,
      int timeouts) {}

  /** What one cell measured. */
  record Result(
      String server,
      int viewers,
      double heapPerViewer,
      double idleCpuPercent,
      Phase paced,
      Phase burst,
      String load) {

    String row() {
      return String.format(
          Locale.ROOT,
          "%s\t%d\t%.0f\t%.2f\t%s\t%s\t%s",
          server,
          viewers,
          heapPerViewer,
          idleCpuPercent,
          cells(paced),
          cells(burst),
          load);
    }

    private static String cells(Phase phase) {
      return String.format(
          Locale.ROOT,
          "%d\t%d\t%.2f\t%.2f\t%.2f\t%.0f\t%d",
          phase.delivered(),
          phase.lost(),
          phase.p50Millis(),
          phase.p99Millis(),
          phase.cpuMicrosPerMessage(),
          phase.compilerMillis(),
          phase.timeouts());
    }
  }

  /** How many broadcasts each phase sends, by number of viewers. */
  record Plan(int warmUp, int paced, int burst, int idleSeconds) {
    static Plan forViewers(int viewers, int warmUp, int idleSeconds) {
      return new Plan(
          warmUp,
          viewers <= 1_000 ? 200 : 100,
          viewers <= 1_000 ? 500 : viewers <= 5_000 ? 200 : 100,
          idleSeconds);
    }
  }

  private FanOutCell() {}

  static Result run(BenchServer server, int viewers, Plan plan) throws Exception {
    String load = Load.now();
    Deliveries deliveries = new Deliveries();
    boolean gavel = server.kind.equals("gavel");
    long heapBefore = server.heapAfterGc();
    try (Trigger trigger = Trigger.of(server);
        Viewers room =
            new Viewers(server.socket(gavel ? "/rooms/networking/live" : "/ws"), deliveries)) {
      long seq = trigger.start();
      int open = room.open(viewers, 64, 300);
      if (gavel) {
        Viewers.await(() -> everyoneHasASnapshot(room), 120);
      }
      double heapPerViewer = (server.heapAfterGc() - heapBefore) / (double) open;
      double idle = idleCpu(server, plan.idleSeconds());
      Phase[] measured = new Phase[1];
      seq = phase(deliveries, server, trigger, seq, plan.warmUp(), open, BURST_WINDOW, 0, measured);
      seq =
          phase(
              deliveries, server, trigger, seq, plan.paced(), open, 1, PACED_GAP_MILLIS, measured);
      Phase paced = measured[0];
      phase(deliveries, server, trigger, seq, plan.burst(), open, BURST_WINDOW, 0, measured);
      Phase burst = measured[0];
      return new Result(server.kind, open, heapPerViewer, idle, paced, burst, load);
    }
  }

  private static boolean everyoneHasASnapshot(Viewers room) {
    for (int socket = 0; socket < room.size(); socket++) {
      if (room.snapshots(socket) == 0 && !room.closed(socket)) {
        return false;
      }
    }
    return true;
  }

  private static double idleCpu(BenchServer server, int seconds) throws InterruptedException {
    if (seconds <= 0) {
      return -1;
    }
    Duration before = server.cpu();
    long started = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    double wall = (System.nanoTime() - started) / 1e9;
    return 100 * (server.cpu().minus(before).toNanos() / 1e9) / wall;
  }

  /**
   * Sends {@code count} broadcasts, at most {@code window} in flight, and waits until each has
   * reached every viewer.
   *
   * @param measured where the phase's figures go
   * @return the next broadcast's seq
   */
  private static long phase(
      Deliveries deliveries,
      BenchServer server,
      Trigger trigger,
      long first,
      int count,
      int sockets,
      int window,
      long gapMillis,
      Phase[] measured)
      throws Exception {
    Deliveries.Phase phase = deliveries.begin(first, count, sockets, window);
    Duration cpuBefore = server.cpu();
    Optional<Duration> compilerBefore = server.compilerCpu();
    int timeouts = 0;
    long seq = first;
    for (int i = 0; i < count; i++) {
      if (!Deliveries.place(phase)) {
        timeouts++;
      }
      if (gapMillis > 0) {
        Thread.sleep(gapMillis);
      }
      deliveries.sent(seq, sockets);
      trigger.send(seq++);
    }
    if (!Deliveries.drained(phase, window)) {
      timeouts++;
    }
    double cpuSeconds = server.cpu().minus(cpuBefore).toNanos() / 1e9;
    double compilerMillis = compilerMillis(compilerBefore, server.compilerCpu());
    long[] sorted = phase.sorted();
    measured[0] =
        new Phase(
            count,
            sorted.length,
            phase.expected() - sorted.length,
            Stats.percentile(sorted, 0.50) / 1e6,
            Stats.percentile(sorted, 0.99) / 1e6,
            sorted.length == 0 ? -1 : cpuSeconds * 1e6 / sorted.length,
            compilerMillis,
            timeouts);
    return seq;
  }

  /** The compiler's CPU between two readings, in ms; -1 when the system does not tell. */
  private static double compilerMillis(Optional<Duration> before, Optional<Duration> after) {
    if (before.isEmpty() || after.isEmpty()) {
      return -1;
    }
    return Math.max(0, after.get().minus(before.get()).toMillis());
  }
}
