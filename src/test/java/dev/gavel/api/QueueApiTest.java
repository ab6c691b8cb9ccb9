package dev.gavel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueueApiTest extends ServerTest {

  @BeforeEach
  void aTopicRuns() {
    assertEquals(200, server.command("{\"type\":\"startTopic\"}").statusCode());
  }

  private static String hand(String name) {
    return "{\"name\":\"" + name + "\",\"point\":\"" + name + "'s point\",\"kind\":\"point\"}";
  }

  private HttpResponse<String> send(String method, String path, String device) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (device != null) {
      request.header("X-Gavel-Device", device);
    }
    return server.send(request.build());
  }

  private JsonNode queue() {
    return server.state().get("queue");
  }

  @Test
  void aFirstHand_getsAnEntryAndADeviceTokenAndShowsInTheState() {
    HttpResponse<String> raised =
        server.raiseHand(null, "{\"name\":\"Ada\",\"kind\":\"clarify\",\"seat\":\"row 5, left\"}");

    assertEquals(201, raised.statusCode(), raised.body());
    JsonNode answer = TestServer.json(raised.body());
    assertTrue(answer.get("device").asText().length() > 40);
    JsonNode entry = queue().get(0);
    assertEquals(answer.get("id").asLong(), entry.get("id").asLong());
    assertEquals("Ada", entry.get("name").asText());
    assertEquals("clarify", entry.get("kind").asText());
    assertEquals("row 5, left", entry.get("seat").asText());
    assertEquals(0, entry.get("plusOnes").asInt());
    assertFalse(entry.has("device"), "the state never names a device");
  }

  @Test
  void withdrawingAndPlusOne_needTheDevicesOwnToken() {
    JsonNode ada = TestServer.json(server.raiseHand(null, hand("Ada")).body());
    String other =
        TestServer.json(server.raiseHand(null, hand("Brian")).body()).get("device").asText();
    String path = "/api/rooms/" + TestServer.ROOM + "/queue/" + ada.get("id").asLong();

    assertEquals(409, send("DELETE", path, other).statusCode());
    assertEquals(200, send("POST", path + "/plus-one", other).statusCode());
    assertEquals(409, send("POST", path + "/plus-one", other).statusCode());
    assertEquals(1, queue().get(0).get("plusOnes").asInt());
    assertEquals(200, send("DELETE", path, ada.get("device").asText()).statusCode());
    assertEquals("Brian", queue().get(0).get("name").asText());
    assertEquals(1, queue().size());
  }

  @Test
  void aForgedToken_isRefusedAndChangesNothing() {
    String real =
        TestServer.json(server.raiseHand(null, hand("Ada")).body()).get("device").asText();
    String forged = real.substring(0, real.indexOf('.')) + ".AAAAAAAAAAAAAAAAAAAAAA";

    HttpResponse<String> answer = server.raiseHand(forged, hand("Mallory"));

    assertEquals(403, answer.statusCode());
    assertTrue(answer.body().contains("not issued by this server"), answer.body());
    assertEquals(1, queue().size());
  }

  @Test
  void aBadBody_is400WithTheReasonAndChangesNothing() {
    assertEquals(400, server.raiseHand(null, "[1]").statusCode());
    assertEquals(400, server.raiseHand(null, "{\"name\":\"\"}").statusCode());
    assertEquals(400, server.raiseHand(null, "{\"name\":\"A\",\"kind\":\"rant\"}").statusCode());
    assertEquals(400, server.raiseHand(null, "{\"name\":\"A\",\"admin\":true}").statusCode());
    HttpResponse<String> long_ = server.raiseHand(null, hand("x".repeat(61)));
    assertEquals(400, long_.statusCode());
    assertTrue(long_.body().contains("at most 60 characters"), long_.body());
    HttpResponse<String> bidi = server.raiseHand(null, hand("Ada\\u202Egro.live"));
    assertTrue(bidi.body().contains("U+202E"), bidi.body());
    assertEquals(0, queue().size());
  }

  @Test
  void twoHundredPhonesAtOnce_leaveOneBoundedConsistentQueue() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(server.base() + "/api/rooms/" + TestServer.ROOM + "/queue"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(hand("Phone " + i)))
              .build();
      answers.add(server.http().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    List<Integer> codes = new ArrayList<>();
    Set<Long> ids = new HashSet<>();
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get();
      codes.add(response.statusCode());
      if (response.statusCode() == 201) {
        ids.add(TestServer.json(response.body()).get("id").asLong());
      }
    }

    long created = codes.stream().filter(c -> c == 201).count();
    assertEquals(100, created, "the queue holds 100; codes: " + codes);
    assertEquals(100, codes.stream().filter(c -> c == 409).count());
    JsonNode queue = queue();
    assertEquals(100, queue.size());
    Set<Long> listed = new HashSet<>();
    queue.forEach(entry -> listed.add(entry.get("id").asLong()));
    assertEquals(ids, listed, "every 201 is in the queue, once");
  }

  @Test
  void aFloodFromOneDevice_isRefusedWhileOthersGetThrough() {
    String flooder =
        TestServer.json(server.raiseHand(null, hand("Flood")).body()).get("device").asText();
    List<Integer> codes =
        IntStream.range(0, 30)
            .mapToObj(i -> server.raiseHand(flooder, hand("Flood")).statusCode())
            .toList();

    assertTrue(codes.stream().filter(c -> c == 429).count() >= 20, codes.toString());
    HttpResponse<String> limited = server.raiseHand(flooder, hand("Flood"));
    assertEquals(429, limited.statusCode());
    assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    assertTrue(limited.body().contains("too many requests from this device"), limited.body());
    assertEquals(201, server.raiseHand(null, hand("Brian")).statusCode());
    assertEquals(2, queue().size());
  }

  @Test
  void aViewer_cannotCallASpeakerNorPostToAnotherRoomsQueue() {
    server.raiseHand(null, hand("Ada"));
    try (LiveClient viewer = server.viewer()) {
      viewer.next("snapshot");
      viewer.command("c1", "{\"type\":\"callSpeaker\"}");
      assertEquals("refused", viewer.answer("c1").get("type").asText());
    }
    assertEquals(401, server.command("{\"type\":\"callSpeaker\"}", null).statusCode());
    assertEquals(403, server.command("{\"type\":\"callSpeaker\"}", server.notesKey()).statusCode());
    assertTrue(server.state().get("speaking").isNull());

    HttpResponse<String> elsewhere =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/rooms/no-such-room/queue"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(hand("Ada")))
                .build());
    assertEquals(404, elsewhere.statusCode());
  }

  @Test
  void theModeratorsFloorCommands_runTheQueue() {
    long ada = TestServer.json(server.raiseHand(null, hand("Ada")).body()).get("id").asLong();
    long brian = TestServer.json(server.raiseHand(null, hand("Brian")).body()).get("id").asLong();
    server.raiseHand(null, hand("Cleo"));

    assertEquals(
        200,
        server
            .command("{\"type\":\"moveInQueue\",\"id\":" + brian + ",\"position\":1}")
            .statusCode());
    assertEquals(200, server.command("{\"type\":\"callSpeaker\"}").statusCode());
    assertEquals("Brian", server.state().at("/speaking/entry/name").asText());
    assertEquals(
        200, server.command("{\"type\":\"removeFromQueue\",\"id\":" + ada + "}").statusCode());
    assertEquals(200, server.command("{\"type\":\"clearQueue\"}").statusCode());
    assertEquals(0, queue().size());
    assertEquals(409, server.command("{\"type\":\"clearQueue\"}").statusCode());
    assertEquals(400, server.command("{\"type\":\"moveInQueue\",\"id\":\"x\"}").statusCode());
  }

  @Test
  void aBlockedDevice_staysBlockedAfterARestart() {
    JsonNode spam = TestServer.json(server.raiseHand(null, hand("Spam")).body());
    assertEquals(
        200,
        server
            .command("{\"type\":\"blockDevice\",\"id\":" + spam.get("id").asLong() + "}")
            .statusCode());

    server = server.restart();

    HttpResponse<String> again = server.raiseHand(spam.get("device").asText(), hand("Spam again"));
    assertEquals(409, again.statusCode());
    assertTrue(again.body().contains("blocked"), again.body());
    assertEquals(201, server.raiseHand(null, hand("Ada")).statusCode());
  }
}
