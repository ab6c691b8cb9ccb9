package dev.gavel.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.testing.Congress;
import dev.gavel.testing.Viewers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What strangers and busy organisers cost a running room, Gavel from its jar in a process of its
 * own: its heap after thousands of socket upgrades and after sockets that flood it with resyncs and
 * never read; then a room's command latency (one at a time, {@code POST} to {@code 200}) idle, with
 * eight anonymous readers of another room's {@code report.svg}, and with an import of a large
 * schedule running. Prints figures, asserts nothing.
 *
 * <p>Options: {@code --jar target/gavel.jar --upgrades 10000 --flooders 500 --commands 200
 * --readers 8 --rounds 3 --import 40,20,25} (rooms, days, talks a room a day: 20,000 topics; {@code
 * --import 0} leaves the import phases out).
 */
public final class ResilienceBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BenchServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private ResilienceBenchmark(BenchServer server) {
    this.server = server;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path jar = Path.of(options.getOrDefault("jar", "target/gavel.jar"));
    int upgrades = Integer.parseInt(options.getOrDefault("upgrades", "10000"));
    int flooders = Integer.parseInt(options.getOrDefault("flooders", "500"));
    int commands = Integer.parseInt(options.getOrDefault("commands", "200"));
    int readers = Integer.parseInt(options.getOrDefault("readers", "8"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
    String[] size = options.getOrDefault("import", "40,20,25").split(",");
    byte[] schedule =
        size.length < 3
            ? new byte[0]
            : Congress.frabXml(
                    "bench",
                    Integer.parseInt(size[0]),
                    Integer.parseInt(size[1]),
                    Integer.parseInt(size[2]))
                .getBytes(StandardCharsets.UTF_8);
    try (BenchServer server = BenchServer.gavel(jar, BenchServer.freePort())) {
      ResilienceBenchmark bench = new ResilienceBenchmark(server);
      System.out.printf("Gavel %s; load %s%n", jar, Load.now());
      bench.heap(upgrades, flooders);
      bench.latency(commands, readers, rounds, schedule);
    }
  }

  private void heap(int upgrades, int flooders) throws Exception {
    long before = server.heapAfterGc();
    System.out.printf(Locale.ROOT, "heap at start: %.1f MB%n", before / 1e6);
    for (int done = 0; done < upgrades; done += 1_000) {
      try (Viewers strangers = new Viewers(server.socket("/rooms/networking/live"))) {
        strangers.open(Math.min(1_000, upgrades - done), 128, 120);
      }
    }
    long afterUpgrades = server.heapAfterGc();
    System.out.printf(
        Locale.ROOT,
        "heap after %d socket upgrades, all closed: %.1f MB (%+.0f bytes an upgrade)%n",
        upgrades,
        afterUpgrades / 1e6,
        (afterUpgrades - before) / (double) Math.max(1, upgrades));
    try (Viewers strangers = new Viewers(server.socket("/rooms/networking/live"))) {
      int open = strangers.open(flooders, 128, 120);
      for (int socket = 0; socket < open; socket++) {
        strangers.stall(socket);
      }
      for (int round = 0; round < 25; round++) {
        for (int socket = 0; socket < open; socket++) {
          strangers.send(socket, "{\"type\":\"resync\"}");
        }
      }
      long flooding = server.heapAfterGc();
      for (int socket = 0; socket < open; socket++) {
        strangers.resume(socket);
      }
      Viewers.await(() -> allClosed(strangers), 60);
      int closed = 0;
      for (int socket = 0; socket < open; socket++) {
        closed += strangers.closed(socket) ? 1 : 0;
      }
      System.out.printf(
          Locale.ROOT,
          "heap with %d sockets that each asked for 25 snapshots and read none: %.1f MB;"
              + " %d of them closed by the server%n",
          open,
          flooding / 1e6,
          closed);
    }
    System.out.printf(
        Locale.ROOT, "heap once they are gone: %.1f MB%n", server.heapAfterGc() / 1e6);
  }

  private static boolean allClosed(Viewers sockets) {
    for (int socket = 0; socket < sockets.size(); socket++) {
      if (!sockets.closed(socket)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Rounds of four phases, in this order each round: idle, {@code readers} anonymous readers, an
   * import running (commands from its start to its answer), and both at once. Each phase's p50 and
   * p99 are set against the same round's idle ones, so that a machine whose load drifts between
   * rounds still compares like with like; the medians of the rounds come with their spread.
   */
  private void latency(int commands, int readers, int rounds, byte[] schedule) throws Exception {
    List<String> pages = anotherRoomsPages();
    post("/api/rooms/networking/commands", "application/json", "{\"type\":\"startTopic\"}");
    try (Commands room = new Commands(server)) {
      latency(room, commands, readers, rounds, schedule, pages);
    }
  }

  private void latency(
      Commands room, int commands, int readers, int rounds, byte[] schedule, List<String> pages)
      throws Exception {
    room.oneAtATime(commands);
    System.out.println();
    System.out.println(
        "round\twhile\tcommands\tPOST→200 p50 ms\tp99 ms\tmax ms\tp50 to idle\tp99 to idle"
            + "\tload");
    Map<String, List<Double>> p50s = new LinkedHashMap<>();
    Map<String, List<Double>> p99s = new LinkedHashMap<>();
    AtomicInteger imports = new AtomicInteger();
    for (int round = 1; round <= rounds; round++) {
      Commands.Run idle = room.oneAtATime(commands);
      record(round, "idle", idle, idle, p50s, p99s);
      Commands.Run read = whileReading(readers, pages, () -> room.oneAtATime(commands));
      record(round, readers + " readers", read, idle, p50s, p99s);
      if (schedule.length == 0) {
        continue;
      }
      Commands.Run imported = whileImporting(schedule, imports, room);
      record(round, "an import", imported, idle, p50s, p99s);
      Commands.Run both =
          whileReading(readers, pages, () -> whileImporting(schedule, imports, room));
      record(round, readers + " readers and an import", both, idle, p50s, p99s);
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "median of %d rounds (lowest–highest), against idle in the same round;"
            + " the import: %,d bytes, %d imports done%n",
        rounds,
        schedule.length,
        imports.get());
    System.out.println("while\tp50\tp99");
    for (String phase : p50s.keySet()) {
      System.out.println(
          phase + "\t" + Stats.ratio(p50s.get(phase)) + "\t" + Stats.ratio(p99s.get(phase)));
    }
  }

  private static void record(
      int round,
      String phase,
      Commands.Run run,
      Commands.Run idle,
      Map<String, List<Double>> p50s,
      Map<String, List<Double>> p99s) {
    double p50 = run.p50Millis() / idle.p50Millis();
    double p99 = run.p99Millis() / idle.p99Millis();
    p50s.computeIfAbsent(phase, key -> new ArrayList<>()).add(p50);
    p99s.computeIfAbsent(phase, key -> new ArrayList<>()).add(p99);
    System.out.printf(
        Locale.ROOT,
        "%d\t%s\t%d of %d\t%.2f\t%.2f\t%.0f\t%.2f×\t%.2f×\t%s%n",
        round,
        phase,
        run.ok(),
        run.sent(),
        run.p50Millis(),
        run.p99Millis(),
        run.maxMillis(),
        p50,
        p99,
        Load.now());
  }

  /** What to measure while something else goes on. */
  private interface Measured {
    Commands.Run run() throws Exception;
  }

  /**
   * Measures while readers read the pages round and round, as fast as they are answered: one
   * keep-alive connection each, all driven by one lean thread, so that on a small machine the
   * readers' own processor goes on asking, not on the client's machinery (a stranger's readers run
   * on a machine of their own).
   */
  private Commands.Run whileReading(int readers, List<String> pages, Measured measured)
      throws Exception {
    AtomicBoolean busy = new AtomicBoolean(true);
    Reads reads = new Reads();
    long started = System.nanoTime();
    Thread reading = Thread.ofPlatform().start(() -> readLoop(readers, pages, busy, reads));
    try {
      return measured.run();
    } finally {
      busy.set(false);
      reading.join();
      System.out.printf(
          Locale.ROOT,
          "(%d reads, %.0f a second: %d refused with 503 or failed)%n",
          reads.done.get(),
          reads.done.get() / ((System.nanoTime() - started) / 1e9),
          reads.refused.get());
    }
  }

  /** Commands one at a time from the start of an import of a new event to its answer. */
  private Commands.Run whileImporting(byte[] schedule, AtomicInteger imports, Commands room)
      throws Exception {
    AtomicBoolean importing = new AtomicBoolean(true);
    String event = "bench-" + imports.incrementAndGet();
    long started = System.nanoTime();
    Thread organiser =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    post(
                        "/api/events/import?event=" + event,
                        "application/xml",
                        new String(schedule, StandardCharsets.UTF_8));
                  } catch (Exception e) {
                    System.out.println("the import failed: " + e.getMessage());
                  } finally {
                    importing.set(false);
                  }
                });
    Commands.Run run = room.oneAtATimeWhile(importing::get);
    organiser.join();
    System.out.printf(
        Locale.ROOT,
        "(the import took %.1f s from its POST to its answer)%n",
        (System.nanoTime() - started) / 1e9);
    return run;
  }

  /**
   * A second room, in an event of its own, with a topic run and 200 lines of notes: its session
   * report, its notes and its page are what the readers read.
   */
  private List<String> anotherRoomsPages() throws Exception {
    String csv =
        "room,title,start,duration,presenters\nHall B,Open floor,2026-09-18T10:00,30,All\n";
    post("/api/events/import?event=other", "text/csv", csv);
    post("/api/rooms/hall-b/commands", "application/json", "{\"type\":\"startTopic\"}");
    for (int i = 0; i < 200; i++) {
      post(
          "/api/rooms/hall-b/commands",
          "application/json",
          "{\"type\":\"note\",\"text\":\"line " + i + " of **notes**\"}");
    }
    long session = JSON.readTree(get("/api/rooms/hall-b/state")).at("/session/id").asLong();
    return List.of(
        "/sessions/" + session + "/report.svg", "/sessions/" + session + "/notes", "/rooms/hall-b");
  }

  /** What the readers got: every answer, and those refused (503) or failed otherwise. */
  private static final class Reads {
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
  }

  /**
   * Hostile readers: each asks again the moment it is answered, refused or not, and never waits for
   * a {@code Retry-After}.
   */
  private void readLoop(int readers, List<String> pages, AtomicBoolean busy, Reads reads) {
    byte[][] requests =
        pages.stream().map(page -> LeanHttp.get(page, server.port)).toArray(byte[][]::new);
    try (LeanHttp client = new LeanHttp(server.port, readers)) {
      for (int round = 0; busy.get(); round++) {
        int offset = round;
        LeanHttp.Measured answered =
            client.run(readers * 4, i -> requests[(offset + i) % requests.length], i -> -1, 30);
        reads.done.addAndGet(answered.nanos().length);
        reads.refused.addAndGet(answered.nanos().length - answered.ok());
      }
    } catch (IOException e) {
      System.out.println("a reader failed: " + e.getMessage());
    }
  }

  private String get(String path) throws Exception {
    return http.send(
            HttpRequest.newBuilder(base(path)).GET().build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private void post(String path, String type, String body) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(base(path))
                .header("Authorization", "Bearer " + BenchServer.SECRET)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          path + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  private URI base(String path) {
    return URI.create("http://127.0.0.1:" + server.port + path);
  }
}
