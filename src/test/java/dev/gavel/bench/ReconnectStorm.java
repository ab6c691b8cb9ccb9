package dev.gavel.bench;

import dev.gavel.testing.LiveClient;
import dev.gavel.testing.Viewers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Phones reconnecting at once to a fresh room and to one with 200 lines of notes, in rounds whose
 * order alternates (fresh first, then notes first), each on a server started afresh: the ratio of
 * the two in each round, then their median and spread, since on a shared machine one round's times
 * mean little. Beside each row, the bytes of the snapshot a phone reads.
 */
final class ReconnectStorm {

  private static final int NOTES = 200;

  private record Row(int notes, double seconds) {}

  private ReconnectStorm() {}

  static void run(Path jar, int sockets, int rounds, Path out) throws Exception {
    System.out.println();
    System.out.println(
        "round\tsockets\tnotes\tsnapshot bytes\tall snapshots after s\tserver CPU s\tload");
    List<Double> ratios = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      int[] order = round % 2 == 1 ? new int[] {0, NOTES} : new int[] {NOTES, 0};
      List<Row> rows = new ArrayList<>();
      for (int notes : order) {
        rows.add(storm(jar, sockets, notes, round, out));
      }
      Row fresh = rows.get(order[0] == 0 ? 0 : 1);
      Row written = rows.get(order[0] == 0 ? 1 : 0);
      ratios.add(written.seconds() / fresh.seconds());
    }
    System.out.println("storm after " + NOTES + " notes over a fresh room: " + Stats.ratio(ratios));
  }

  private static Row storm(Path jar, int sockets, int notes, int round, Path out) throws Exception {
    try (BenchServer server = BenchServer.gavel(jar, BenchServer.freePort());
        Trigger trigger = Trigger.of(server);
        Commands script = new Commands(server)) {
      trigger.start();
      script.notes(notes);
      long bytes = snapshotBytes(server);
      Duration cpu = server.cpu();
      long started = System.nanoTime();
      try (Viewers phones = new Viewers(server.socket("/rooms/networking/live"))) {
        int open = phones.open(sockets, 512, 300);
        Viewers.await(() -> allHaveASnapshot(phones), 300);
        double seconds = (System.nanoTime() - started) / 1e9;
        String row =
            String.format(
                Locale.ROOT,
                "%d\t%d\t%d\t%d\t%.2f\t%.2f\t%s",
                round,
                open,
                notes,
                bytes,
                seconds,
                server.cpu().minus(cpu).toNanos() / 1e9,
                Load.now());
        System.out.println(row);
        Files.writeString(
            out.resolve("storm.tsv"),
            row + "\n",
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        return new Row(notes, seconds);
      }
    }
  }

  /** The snapshot a phone reads, in bytes as sent: read by one phone before the storm. */
  private static long snapshotBytes(BenchServer server) {
    try (LiveClient phone = LiveClient.connect(server.socket("/rooms/networking/live"))) {
      return phone.next("snapshot").toString().getBytes(StandardCharsets.UTF_8).length;
    }
  }

  private static boolean allHaveASnapshot(Viewers phones) {
    for (int socket = 0; socket < phones.size(); socket++) {
      if (phones.snapshots(socket) == 0 && !phones.closed(socket)) {
        return false;
      }
    }
    return true;
  }
}
