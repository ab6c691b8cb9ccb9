package dev.gavel.bench;

import dev.gavel.testing.Congress;
import dev.gavel.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What an organiser of a big event waits for, through the real server: importing a congress of
 * 1,000 topics, opening its organiser page, and how long a moderator's command in another room
 * waits while a far larger file is imported. Prints figures and asserts nothing.
 *
 * <p>Arguments: the number of topics of the big import (20,000).
 */
public final class OrganiseBenchmark {

  private OrganiseBenchmark() {}

  public static void main(String[] args) throws Exception {
    int big = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Path folder = Files.createTempDirectory("gavel-organise-bench");
    try (TestServer server = TestServer.startAsInProduction(folder)) {
      byte[] congress = Congress.frabXml("bench", 10, 4, 25).getBytes(StandardCharsets.UTF_8);
      long start = System.nanoTime();
      HttpResponse<String> imported = importFile(server, congress);
      System.out.printf(
          Locale.ROOT,
          "import of 1,000 topics: %d ms (status %d)%n",
          millis(start),
          imported.statusCode());
      for (String path :
          List.of(
              "/organise/events/bench",
              "/organise/events/bench/rooms/saal-1",
              "/organise/events/bench/rooms/saal-1?day=2026-12-28")) {
        for (int run = 1; run <= 3; run++) {
          start = System.nanoTime();
          HttpResponse<String> page = organiser(server, path);
          System.out.printf(
              Locale.ROOT,
              "open %s (run %d): %d ms, %d bytes, status %d%n",
              path,
              run,
              millis(start),
              page.body().getBytes(StandardCharsets.UTF_8).length,
              page.statusCode());
        }
      }
      commandsDuring(server, Congress.frabXml("huge", 40, 20, big / 800));
    }
  }

  /** Sends commands to the demo room one after another while the big file is imported. */
  private static void commandsDuring(TestServer server, String file) throws Exception {
    byte[] body = file.getBytes(StandardCharsets.UTF_8);
    AtomicBoolean done = new AtomicBoolean();
    List<Long> waits = Collections.synchronizedList(new ArrayList<>());
    Thread moderator =
        Thread.ofPlatform()
            .start(
                () -> {
                  boolean next = true;
                  while (!done.get()) {
                    long sent = System.nanoTime();
                    server.command(
                        next ? "{\"type\":\"nextSlide\"}" : "{\"type\":\"previousSlide\"}");
                    waits.add(System.nanoTime() - sent);
                    next = !next;
                  }
                });
    server.command("{\"type\":\"startTopic\"}");
    long start = System.nanoTime();
    HttpResponse<String> answer = importFile(server, body);
    long took = millis(start);
    done.set(true);
    moderator.join();
    List<Long> sorted = new ArrayList<>(waits);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "import of %.1f MB: %d ms (status %d); %d commands meanwhile: p50 %d ms, p99 %d ms,"
            + " max %d ms%n",
        body.length / 1e6,
        took,
        answer.statusCode(),
        sorted.size(),
        at(sorted, 0.5),
        at(sorted, 0.99),
        at(sorted, 1.0));
  }

  private static long at(List<Long> sorted, double share) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(share * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1_000_000;
  }

  private static HttpResponse<String> importFile(TestServer server, byte[] body) {
    return server.post("/api/events/import", "application/xml", body, TestServer.ORGANISER_SECRET);
  }

  private static HttpResponse<String> organiser(TestServer server, String path) throws IOException {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Authorization", "Bearer " + TestServer.ORGANISER_SECRET)
            .GET()
            .build());
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
