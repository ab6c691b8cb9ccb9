package dev.gavel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The automation API, as a script or a button box uses it. */
class RoomApiTest extends ServerTest {

  private static JsonNode body(HttpResponse<String> response) {
    return TestServer.json(response.body());
  }

  @Test
  void theApi_listsTheRoomsWithTheirSlugs() {
    JsonNode rooms = body(server.get("/api/rooms"));

    assertEquals(1, rooms.size());
    assertEquals("networking", rooms.at("/0/slug").asText());
    assertEquals("Networking microconference", rooms.at("/0/name").asText());
    assertFalse(rooms.toString().contains(server.moderatorKey()), "no secret is listed");
  }

  @Test
  void theState_namesTheSessionTopicPresentersSlidesTimerAndCutOff() {
    server.command("{\"type\":\"startTopic\",\"id\":7}");

    JsonNode state = server.state();

    assertEquals(1, state.at("/session/id").asLong());
    assertEquals("Next steps in eBPF", state.at("/topic/title").asText());
    assertEquals("Daniel Borkmann", state.at("/topic/presenters/0").asText());
    assertEquals("Alexei Starovoitov", state.at("/topic/presenters/1").asText());
    assertEquals(1, state.get("slide").asInt());
    assertEquals(3, state.get("slideLimit").asInt());
    assertTrue(state.at("/timer/running").asBoolean());
    assertEquals(300_000, state.at("/timer/allottedMs").asLong());
    assertFalse(state.get("cutOff").asBoolean());
  }

  @Test
  void anAcceptedCommand_answersWithTheNewSequenceNumber() {
    HttpResponse<String> response = server.command("{\"type\":\"startTopic\"}");

    assertEquals(200, response.statusCode());
    assertEquals(1, body(response).get("seq").asLong());
  }

  @Test
  void everyCommandOfTheApi_works() {
    String[] commands = {
      "{\"type\":\"startTopic\"}",
      "{\"type\":\"nextSlide\"}",
      "{\"type\":\"previousSlide\"}",
      "{\"type\":\"pauseTimer\"}",
      "{\"type\":\"startTimer\"}",
      "{\"type\":\"addTime\",\"seconds\":-30}",
      "{\"type\":\"startDiscussion\"}",
      "{\"type\":\"cutOff\",\"reason\":\"product pitch\"}",
      "{\"type\":\"undoCutOff\"}",
      "{\"type\":\"intervene\",\"intervention\":\"mailingList\"}",
      "{\"type\":\"note\",\"text\":\"Take the VRF socket API to netdev\"}",
      "{\"type\":\"endTopic\"}",
    };
    for (int i = 0; i < commands.length; i++) {
      HttpResponse<String> response = server.command(commands[i]);
      assertEquals(200, response.statusCode(), commands[i] + " → " + response.body());
      assertEquals(i + 1, body(response).get("seq").asLong());
    }
    assertEquals("idle", server.state().get("phase").asText());
  }

  @Test
  void aRefusedCommand_is409WithTheReason() {
    HttpResponse<String> response = server.command("{\"type\":\"nextSlide\"}");

    assertEquals(409, response.statusCode());
    assertEquals("no topic is running", body(response).get("error").asText());
  }

  @Test
  void aCutOff_isSeenInTheState() {
    server.command("{\"type\":\"startTopic\"}");

    server.command("{\"type\":\"cutOff\",\"reason\":\"product pitch\"}");

    JsonNode state = server.state();
    assertTrue(state.get("cutOff").asBoolean());
    assertEquals("product pitch", state.get("cutOffReason").asText());
    assertFalse(state.at("/timer/running").asBoolean());
  }

  @Test
  void aMissingSecret_is401_andAWrongOne403() {
    HttpResponse<String> missing = server.command("{\"type\":\"startTopic\"}", null);
    HttpResponse<String> wrong = server.command("{\"type\":\"startTopic\"}", "guess");

    assertEquals(401, missing.statusCode());
    assertEquals(403, wrong.statusCode());
    assertEquals("that secret does not open this room", body(wrong).get("error").asText());
    assertEquals(0, server.state().get("seq").asLong());
  }

  @Test
  void theOrganisersSecret_opensEveryRoom() {
    assertEquals(
        200, server.command("{\"type\":\"startTopic\"}", TestServer.ORGANISER_SECRET).statusCode());
  }

  @Test
  void malformedJsonAndUnknownTypes_are400WithAMessage() {
    HttpResponse<String> broken = server.command("{\"type\": ");
    HttpResponse<String> unknown = server.command("{\"type\":\"dance\"}");
    HttpResponse<String> untyped = server.command("[1, 2]");

    assertEquals(400, broken.statusCode());
    assertTrue(body(broken).get("error").asText().startsWith("the body is not valid JSON"));
    assertEquals(400, unknown.statusCode());
    assertEquals("unknown command type \"dance\"", body(unknown).get("error").asText());
    assertEquals(400, untyped.statusCode());
    assertEquals(0, server.state().get("seq").asLong());
  }

  @Test
  void aBodyThatIsNotJson_is415() {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/rooms/networking/commands"))
                .header("Authorization", "Bearer " + server.moderatorKey())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("nextSlide"))
                .build());

    assertEquals(415, response.statusCode());
  }

  @Test
  void anOversizedBody_isRefusedAndChangesNothing() {
    HttpResponse<String> response =
        server.command("{\"type\":\"note\",\"text\":\"" + "x".repeat(100_000) + "\"}");

    assertEquals(413, response.statusCode());
    assertEquals(0, server.state().get("seq").asLong());
  }

  @Test
  void aRetryWithTheSameIdempotencyKey_takesEffectOnce() {
    server.command("{\"type\":\"startTopic\"}");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.base() + "/api/rooms/networking/commands"))
            .header("Authorization", "Bearer " + server.moderatorKey())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "deck-button-17")
            .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"nextSlide\"}"))
            .build();

    HttpResponse<String> first = server.send(request);
    HttpResponse<String> retry = server.send(request);

    assertEquals(first.body(), retry.body());
    assertEquals(2, server.state().get("slide").asInt());
  }

  @Test
  void anUnknownRoom_is404() {
    HttpResponse<String> response = server.get("/api/rooms/nowhere/state");

    assertEquals(404, response.statusCode());
    assertEquals("there is no room \"nowhere\"", body(response).get("error").asText());
  }

  @Test
  void theModeratorPage_withoutAValidKey_offersNothing() {
    HttpResponse<String> page = server.get("/rooms/networking/moderate?key=wrong");

    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains("This link’s key does not open this page"));
    assertFalse(page.body().contains("<button"));
  }

  @Test
  void aRoomPage_arrivesWithTheRoomsSnapshotInside() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"note\",\"text\":\"**bold** </script><script>alert(1)</script>\"}");

    String page = server.get("/rooms/networking").body();

    assertTrue(page.contains("A new VRF proposal"));
    // The snapshot carries the line's HTML: its markup's "</" cannot end the script element.
    assertTrue(page.contains("\\u003cstrong>bold\\u003c/strong>"));
    assertTrue(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(page.contains("<script>alert(1)"));
  }
}
