package dev.gavel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** skipTopic and endSession over the HTTP API and the socket, seen in the state and the log. */
@Timeout(30)
class SkipAndEndSessionApiTest extends ServerTest {

  private List<String> statuses() {
    List<String> statuses = new ArrayList<>();
    server.state().get("agenda").forEach(item -> statuses.add(item.get("status").asText()));
    return statuses;
  }

  @Test
  void skipTopicOverHttp_takesTheTopicUpNextOffTheScreens() {
    HttpResponse<String> response = server.command("{\"type\":\"skipTopic\"}");

    assertEquals(200, response.statusCode(), response.body());
    JsonNode state = server.state();
    assertEquals("skipped", state.at("/agenda/0/status").asText());
    assertEquals(2, state.at("/next/id").asLong());
  }

  @Test
  void skipTopicNamingTheRunningTopic_is409WithTheReason() {
    server.command("{\"type\":\"startTopic\",\"id\":3}");

    HttpResponse<String> response = server.command("{\"type\":\"skipTopic\",\"id\":3}");

    assertEquals(409, response.statusCode());
    assertEquals(
        "that topic is running: end it instead",
        TestServer.json(response.body()).get("error").asText());
  }

  @Test
  void endSessionOverHttp_endsTheTopic_andSkipsEveryTopicNotRun() {
    server.command("{\"type\":\"startTopic\"}");

    assertEquals(200, server.command("{\"type\":\"endSession\"}").statusCode());

    List<String> statuses = statuses();
    assertEquals("done", statuses.getFirst());
    assertTrue(
        statuses.subList(1, statuses.size()).stream().allMatch("skipped"::equals),
        statuses.toString());
    assertEquals("idle", server.state().get("phase").asText());
    assertEquals(409, server.command("{\"type\":\"endSession\"}").statusCode());
  }

  @Test
  void aFieldThatDoesNotBelong_is400() {
    HttpResponse<String> response = server.command("{\"type\":\"endSession\",\"id\":2}");

    assertEquals(400, response.statusCode());
    assertEquals(
        "\"endSession\" takes no field \"id\"",
        TestServer.json(response.body()).get("error").asText());
  }

  @Test
  void overTheSocket_everyScreenGetsTheEventsAndTheNewAgenda() {
    try (LiveClient moderator = server.moderator();
        LiveClient viewer = server.viewer()) {
      moderator.next("snapshot");
      viewer.next("snapshot");

      moderator.command("skip-1", "{\"type\":\"skipTopic\",\"id\":2}");
      JsonNode skipped = viewer.nextOf("event");
      assertEquals("topicSkipped", skipped.at("/event/type").asText());
      assertEquals(2, skipped.at("/event/topic").asLong());
      assertEquals("skipped", skipped.at("/state/agenda/1/status").asText());
      assertEquals("ack", moderator.answer("skip-1").get("type").asText());

      moderator.command("end-1", "{\"type\":\"endSession\"}");
      JsonNode ended = viewer.nextOf("event");
      assertEquals("sessionEnded", ended.at("/event/type").asText());
      assertEquals(1, ended.at("/event/session").asLong());
      assertEquals(13, ended.at("/event/skipped").size(), ended.toString());
      assertEquals("ack", moderator.answer("end-1").get("type").asText());
    }
  }

  @Test
  void theSessionLogPageListsTheSkipAndTheEnd() {
    server.command("{\"type\":\"skipTopic\",\"id\":2}");
    server.command("{\"type\":\"endSession\"}");

    String log = server.get("/sessions/1/log").body();
    String notes = server.get("/sessions/1/notes").body();

    assertTrue(log.contains("Topic skipped: Scalable kernel-only encapsulation"), log);
    assertTrue(log.contains("Session ended; not run: A new VRF proposal, IPv6 underlays"), log);
    assertTrue(notes.contains("<dt>Ran</dt><dd>skipped at "), notes);
  }
}
