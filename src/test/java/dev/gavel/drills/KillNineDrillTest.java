package dev.gavel.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.ServerProcess;
import dev.gavel.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server killed with SIGKILL in the middle of a burst of commands from several clients, then
 * started again on the same folder: every command it acknowledged is there at the position it
 * named, and every command retried with its id takes effect exactly once.
 */
class KillNineDrillTest {

  private static final int CLIENTS = 4;
  private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 120;

  @TempDir Path dir;

  private record Sent(String id, String text) {}

  @Test
  void killedDuringABurst_everyAcknowledgedCommandIsThereAfterARestart() throws Exception {
    Path data = dir.resolve("data");
    Map<Sent, Long> acknowledged = new ConcurrentHashMap<>();
    List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    ServerProcess server = ServerProcess.serve(data);
    String key = server.moderatorKey();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    assertEquals(
        200, send(http, server.base(), key, "start", "{\"type\":\"startTopic\"}").statusCode());

    CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_THE_KILL);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> bursts = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      bursts.add(
          clients.submit(
              () -> {
                for (int i = 0; ; i++) {
                  Sent command = new Sent("burst-" + client + "-" + i, "note " + client + "-" + i);
                  sent.add(command);
                  try {
                    HttpResponse<String> answer =
                        send(http, server.base(), key, command.id(), note(command.text()));
                    if (answer.statusCode() == 200) {
                      acknowledged.put(command, TestServer.json(answer.body()).get("seq").asLong());
                      enough.countDown();
                    }
                  } catch (IOException e) {
                    return null; // the server is gone: this client's burst is over
                  }
                }
              }));
    }
    assertTrue(enough.await(120, TimeUnit.SECONDS), "the burst got going");
    server.kill9();
    clients.shutdown();
    assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
    for (Future<?> burst : bursts) {
      burst.get(); // a client that failed for another reason fails the drill
    }

    try (TestServer restarted = TestServer.start(data)) {
      Map<Long, String> logged = notesBySeq(restarted);
      for (Map.Entry<Sent, Long> ack : acknowledged.entrySet()) {
        assertEquals(
            ack.getKey().text(),
            logged.get(ack.getValue()),
            "acknowledged " + ack.getKey() + " at " + ack.getValue());
      }
      long last = restarted.state().get("seq").asLong();
      for (Sent command : List.copyOf(sent)) {
        HttpResponse<String> retried =
            restarted.send(
                HttpRequest.newBuilder(
                        URI.create(restarted.base() + "/api/rooms/networking/commands"))
                    .header("Authorization", "Bearer " + restarted.moderatorKey())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", command.id())
                    .POST(HttpRequest.BodyPublishers.ofString(note(command.text())))
                    .build());
        assertEquals(200, retried.statusCode(), retried.body());
        Long first = acknowledged.get(command);
        if (first != null) {
          assertEquals(first, TestServer.json(retried.body()).get("seq").asLong(), "same answer");
        } else {
          last = Math.max(last, TestServer.json(retried.body()).get("seq").asLong());
        }
      }
      Map<Long, String> after = notesBySeq(restarted);
      Map<String, Integer> times = new HashMap<>();
      after.values().forEach(text -> times.merge(text, 1, Integer::sum));
      for (Sent command : sent) {
        assertEquals(1, times.getOrDefault(command.text(), 0), command + " took effect once");
      }
      assertEquals(last, restarted.state().get("seq").asLong());
    }
  }

  private static String note(String text) {
    return "{\"type\":\"note\",\"text\":\"" + text + "\"}";
  }

  private static HttpResponse<String> send(
      HttpClient http, String base, String key, String id, String json) throws IOException {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + "/api/rooms/networking/commands"))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + key)
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", id)
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The room's notes by log position, from the session log a reader downloads. */
  private static Map<Long, String> notesBySeq(TestServer server) {
    JsonNode log = TestServer.json(server.get("/api/sessions/1/log.json").body());
    Map<Long, String> notes = new HashMap<>();
    for (JsonNode event : log.get("events")) {
      if (event.get("type").asText().equals("noteWritten")) {
        notes.put(event.get("seq").asLong(), event.at("/event/text").asText());
      }
    }
    return notes;
  }
}
