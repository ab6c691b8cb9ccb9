package dev.gavel.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.testing.Congress;
import dev.gavel.testing.Viewers;
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
 * <p>Options: {@code --jar target/gavel.jar --upgrades 10000 --flooders 500 --commands 300
 * --readers 8 --import 10,4,25} (rooms, days, talks a room a day).
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
    int commands = Integer.parseInt(options.getOrDefault("commands", "300"));
    int readers = Integer.parseInt(options.getOrDefault("readers", "8"));
    String[] size = options.getOrDefault("import", "10,4,25").split(",");
    byte[] schedule =
        Congress.frabXml(
                "bench",
                Integer.parseInt(size[0]),
                Integer.parseInt(size[1]),
                Integer.parseInt(size[2]))
            .getBytes(StandardCharsets.UTF_8);
    try (BenchServer server = BenchServer.gavel(jar, BenchServer.freePort())) {
      ResilienceBenchmark bench = new ResilienceBenchmark(server);
      System.out.printf("Gavel %s; load %s%n", jar, Load.now());
      bench.heap(upgrades, flooders);
      bench.latency(commands, readers, schedule);
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

  private void latency(int commands, int readers, byte[] schedule) throws Exception {
    String report = anotherRoomsReport();
    post("/api/rooms/networking/commands", "application/json", "{\"type\":\"startTopic\"}");
    Commands room = new Commands(server);
    room.oneAtATime(commands);
    System.out.println();
    System.out.println("while\tcommands\tPOST→200 p50 ms\tp99 ms\tratio p50 to idle\tload");
    Commands.Run idle = room.oneAtATime(commands);
    print("idle", idle, idle);
    AtomicBoolean busy = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < readers; i++) {
      threads.add(Thread.ofPlatform().start(() -> readLoop(report, busy, reads)));
    }
    Commands.Run read = room.oneAtATime(commands);
    busy.set(false);
    for (Thread thread : threads) {
      thread.join();
    }
    print(readers + " readers of report.svg (" + reads.get() + " reads)", read, idle);
    busy.set(true);
    AtomicInteger imports = new AtomicInteger();
    Thread importing = Thread.ofPlatform().start(() -> importLoop(schedule, busy, imports));
    Commands.Run imported = room.oneAtATime(commands);
    busy.set(false);
    importing.join();
    print("an import running (" + imports.get() + " imports done)", imported, idle);
  }

  private static void print(String label, Commands.Run run, Commands.Run idle) {
    System.out.printf(
        Locale.ROOT,
        "%s\t%d\t%.2f\t%.2f\t%.2f×\t%s%n",
        label,
        run.ok(),
        run.p50Millis(),
        run.p99Millis(),
        run.p50Millis() / idle.p50Millis(),
        Load.now());
  }

  /**
   * A second room, in an event of its own, with a topic run and 200 lines of notes: its session
   * report is what the readers read.
   */
  private String anotherRoomsReport() throws Exception {
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
    return "/sessions/" + session + "/report.svg";
  }

  private void readLoop(String path, AtomicBoolean busy, AtomicInteger reads) {
    while (busy.get()) {
      try {
        get(path);
        reads.incrementAndGet();
      } catch (Exception e) {
        return;
      }
    }
  }

  private void importLoop(byte[] schedule, AtomicBoolean busy, AtomicInteger imports) {
    while (busy.get()) {
      try {
        post(
            "/api/events/import?event=bench-" + imports.get(),
            "application/xml",
            new String(schedule, StandardCharsets.UTF_8));
        imports.incrementAndGet();
      } catch (Exception e) {
        return;
      }
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
