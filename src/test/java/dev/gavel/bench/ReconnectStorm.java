package dev.gavel.bench;

import dev.gavel.testing.LiveClient;
import dev.gavel.testing.Viewers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phones reconnecting at once, to a fresh room and to one with 200 lines of notes, in rounds whose
 * order alternates (fresh first, then notes first), each on a server started afresh; two kinds of
 * storm. Phones joining: they open their sockets after the notes were written, and each reads the
 * whole room. Phones that were there: they watched the notes being written, all lose their link at
 * once (each socket closed by the client), and all come back at once with where they left off, as
 * the pages do. For each kind, the ratio of the two rooms in each round, then their median and
 * spread, since on a shared machine one round's times mean little; and the phones that were there
 * after 200 notes over a fresh room's joining phones, the time a room is known to take. Beside each
 * row, the bytes of the snapshot a phone joining reads.
 */
final class ReconnectStorm {

  private static final int NOTES = 200;
  private static final String LIVE = "/rooms/networking/live";

  private enum Kind {
    JOINING("joining"),
    BACK("were there");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private ReconnectStorm() {}

  static void run(Path jar, int sockets, int rounds, Path out) throws Exception {
    System.out.println();
    System.out.println(
        "round\tphones\tsockets\tnotes\tsnapshot bytes\tresumed\tsnapshots"
            + "\tall at the room's position after s\tserver CPU s\tload");
    Map<Kind, List<Double>> ratios = new HashMap<>();
    List<Double> backOverFreshJoin = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      int[] order = round % 2 == 1 ? new int[] {0, NOTES} : new int[] {NOTES, 0};
      Map<Kind, Map<Integer, Double>> seconds = new HashMap<>();
      for (Kind kind : Kind.values()) {
        for (int notes : order) {
          seconds
              .computeIfAbsent(kind, k -> new HashMap<>())
              .put(notes, storm(jar, kind, sockets, notes, round, out));
        }
        ratios
            .computeIfAbsent(kind, k -> new ArrayList<>())
            .add(seconds.get(kind).get(NOTES) / seconds.get(kind).get(0));
      }
      backOverFreshJoin.add(seconds.get(Kind.BACK).get(NOTES) / seconds.get(Kind.JOINING).get(0));
    }
    System.out.println(
        "phones joining after "
            + NOTES
            + " notes over a fresh room: "
            + Stats.ratio(ratios.get(Kind.JOINING)));
    System.out.println(
        "phones that were there, back after "
            + NOTES
            + " notes over back in a fresh room: "
            + Stats.ratio(ratios.get(Kind.BACK)));
    System.out.println(
        "phones that were there, back after "
            + NOTES
            + " notes over phones joining a fresh room: "
            + Stats.ratio(backOverFreshJoin));
  }

  /** One storm on a server of its own: the seconds until every phone is at the room's position. */
  private static double storm(Path jar, Kind kind, int sockets, int notes, int round, Path out)
      throws Exception {
    try (BenchServer server = BenchServer.gavel(jar, BenchServer.freePort());
        Trigger trigger = Trigger.of(server);
        Commands script = new Commands(server)) {
      trigger.start();
      // The topic's start, then each line.
      long position = 1 + notes;
      List<String> tokens = null;
      if (kind == Kind.JOINING) {
        script.notes(notes);
      } else {
        tokens = watchAndLeave(server, script, sockets, notes, position);
      }
      long bytes = snapshotBytes(server);
      Duration cpu = server.cpu();
      long started = System.nanoTime();
      try (Viewers phones = new Viewers(server.socket(LIVE))) {
        int open =
            tokens == null ? phones.open(sockets, 512, 300) : phones.openResuming(tokens, 512, 300);
        Viewers.await(() -> allAt(phones, position), 300);
        double seconds = (System.nanoTime() - started) / 1e9;
        int resumed = 0;
        int snapshots = 0;
        for (int socket = 0; socket < phones.size(); socket++) {
          resumed += phones.resumes(socket);
          snapshots += phones.snapshots(socket);
        }
        String row =
            String.format(
                Locale.ROOT,
                "%d\t%s\t%d\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%s",
                round,
                kind.label,
                open,
                notes,
                bytes,
                resumed,
                snapshots,
                seconds,
                server.cpu().minus(cpu).toNanos() / 1e9,
                Load.now());
        System.out.println(row);
        Files.writeString(
            out.resolve("storm.tsv"),
            row + "\n",
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        return seconds;
      }
    }
  }

  /**
   * Phones open their sockets and take their snapshots, the notes are written while they watch, and
   * then every phone loses its link at once.
   *
   * @return where each phone left off, as its page names it when it comes back
   */
  private static List<String> watchAndLeave(
      BenchServer server, Commands script, int sockets, int notes, long position) throws Exception {
    try (Viewers phones = new Viewers(server.socket(LIVE))) {
      phones.open(sockets, 512, 300);
      Viewers.await(() -> allAt(phones, 0), 300);
      script.notes(notes);
      Viewers.await(() -> allAt(phones, position), 300);
      List<String> tokens = new ArrayList<>();
      for (int socket = 0; socket < phones.size(); socket++) {
        tokens.add(phones.resumeToken(socket));
      }
      return tokens;
    }
  }

  /** The snapshot a phone reads, in bytes as sent: read by one phone before the storm. */
  private static long snapshotBytes(BenchServer server) {
    try (LiveClient phone = LiveClient.connect(server.socket(LIVE))) {
      return phone.next("snapshot").toString().getBytes(StandardCharsets.UTF_8).length;
    }
  }

  /**
   * Whether every phone still connected has where it starts from (a snapshot or {@code resumed})
   * and has read up to the room's position.
   */
  private static boolean allAt(Viewers phones, long position) {
    for (int socket = 0; socket < phones.size(); socket++) {
      boolean started = phones.snapshots(socket) + phones.resumes(socket) > 0;
      if ((!started || phones.last(socket) < position) && !phones.closed(socket)) {
        return false;
      }
    }
    return true;
  }
}
