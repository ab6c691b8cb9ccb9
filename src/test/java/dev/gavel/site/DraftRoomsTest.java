package dev.gavel.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.Organiser;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A draft event's rooms are nobody's business but the organiser's and the keys' holders' until the
 * event is published, or until the room starts a topic (then it is on a projector for everybody):
 * every address that shows a room or what it did answers as for a room that does not exist.
 */
class DraftRoomsTest extends ServerTest {

  /** Every address that shows the room, its programme or what it did, to anybody. */
  private static final List<String> PUBLIC_ADDRESSES =
      List.of(
          "/rooms/networking",
          "/rooms/networking/display",
          "/rooms/networking/join.svg",
          "/api/rooms/networking/state",
          "/sessions/1/notes",
          "/sessions/1/log",
          "/sessions/1/report",
          "/sessions/1/report.svg",
          "/api/sessions/1/notes.md",
          "/api/sessions/1/notes.txt",
          "/api/sessions/1/notes.html",
          "/api/sessions/1/log.json",
          "/api/events/lpc2015/notes.zip",
          "/api/events/lpc2015/schedule.xml",
          "/api/events/lpc2015/schedule.json",
          "/api/events/lpc2015/schedule.ics",
          "/api/events/lpc2015/gavel.json",
          // the published programme, last: the organiser has their own page of a draft
          "/events/lpc2015");

  @BeforeEach
  void theDemoIsADraft() {
    new Organiser(server).publish("lpc2015", false);
  }

  @Test
  void aDraftsRoom_isNotListed() {
    assertEquals(0, TestServer.json(server.get("/api/rooms").body()).size());
  }

  @Test
  void aDraftsRoom_answersEveryPublicAddressAsAnUnknownRoomDoes() {
    for (String path : PUBLIC_ADDRESSES) {
      assertEquals(404, server.get(path).statusCode(), path);
    }
    assertEquals(
        server.get("/rooms/nowhere/display").body().replace("nowhere", "networking"),
        server.get("/rooms/networking/display").body(),
        "its name gives nothing away");
    assertEquals(404, LiveClient.refusal(server.socket(null), null));
  }

  @Test
  void aDraftsRoom_takesNoRaisedHand_andItsQueueIsUnknown() {
    HttpResponse<String> hand = server.raiseHand(null, "{\"name\":\"Ada\",\"kind\":\"point\"}");

    assertEquals(404, hand.statusCode(), hand.body());
    assertTrue(hand.body().contains("there is no room"), hand.body());
    assertFalse(hand.headers().firstValue("X-Gavel-Device").isPresent());
  }

  @Test
  void aDraftsRoom_withAWrongKey_isStillUnknown() {
    assertEquals(404, server.get("/rooms/networking/moderate?key=guess").statusCode());
    assertEquals(404, server.get("/rooms/networking/notes?key=guess").statusCode());
    assertEquals(404, LiveClient.refusal(server.socket("guess"), null));
    assertEquals(404, server.command("{\"type\":\"startTopic\"}", "guess").statusCode());
    assertEquals(404, server.command("{\"type\":\"startTopic\"}", null).statusCode());
  }

  @Test
  void aDraftsRoom_isOpenToItsModeratorAndNoteTakersKeys() {
    assertEquals(
        200, server.get("/rooms/networking/moderate?key=" + server.moderatorKey()).statusCode());
    assertEquals(200, server.get("/rooms/networking/notes?key=" + server.notesKey()).statusCode());
    assertEquals(200, bearer("/api/rooms/networking/state", server.moderatorKey()).statusCode());
    assertEquals(1, TestServer.json(bearer("/api/rooms", server.notesKey()).body()).size());
    try (LiveClient moderator = LiveClient.connect(server.socket(server.moderatorKey()))) {
      assertEquals("moderator", moderator.next("snapshot").get("role").asText());
    }
  }

  @Test
  void aDraftsRoom_isOpenToTheOrganiser_byTheirSecretOrTheirCookie() throws Exception {
    for (String path : PUBLIC_ADDRESSES.subList(0, PUBLIC_ADDRESSES.size() - 1)) {
      assertEquals(200, bearer(path, TestServer.ORGANISER_SECRET).statusCode(), path);
    }
    String cookie = organiserCookie();
    for (String path : List.of("/rooms/networking/display", "/sessions/1/notes")) {
      HttpResponse<String> page =
          server.send(
              HttpRequest.newBuilder(URI.create(server.base() + path))
                  .header("Cookie", cookie)
                  .build());
      assertEquals(200, page.statusCode(), path);
    }
    CompletableFuture<CharSequence> first = new CompletableFuture<>();
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Cookie", cookie)
            .buildAsync(
                server.socket(null),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(
                      WebSocket webSocket, CharSequence data, boolean last) {
                    first.complete(data);
                    return null;
                  }
                })
            .join();
    assertTrue(first.get(10, TimeUnit.SECONDS).toString().contains("\"snapshot\""));
    socket.abort();
  }

  @Test
  void aDraftsRoom_thatStartsATopic_isPublicFromThenOn() {
    assertEquals(200, server.command("{\"type\":\"startTopic\"}").statusCode());

    assertEquals(1, TestServer.json(server.get("/api/rooms").body()).size());
    assertEquals(200, server.get("/rooms/networking/display").statusCode());
    assertEquals(200, server.get("/sessions/1/notes").statusCode());
    assertEquals(200, server.command("{\"type\":\"endTopic\"}").statusCode());
    assertEquals(200, server.get("/api/rooms/networking/state").statusCode(), "after it too");
    assertEquals(404, server.get("/events/lpc2015").statusCode(), "the programme stays a draft");
    server = server.restart();
    assertEquals(200, server.get("/rooms/networking").statusCode(), "and after a restart");
  }

  @Test
  void aPublishedEvent_showsItsRooms() {
    new Organiser(server).publish("lpc2015", true);

    JsonNode rooms = TestServer.json(server.get("/api/rooms").body());
    assertEquals("networking", rooms.get(0).get("slug").asText());
    for (String path : PUBLIC_ADDRESSES) {
      assertEquals(200, server.get(path).statusCode(), path);
    }
    assertFalse(rooms.get(0).has("damaged"));
  }

  private HttpResponse<String> bearer(String path, String secret) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Authorization", "Bearer " + secret)
            .build());
  }

  private String organiserCookie() {
    String cookie =
        server
            .get("/organise?key=" + TestServer.ORGANISER_SECRET)
            .headers()
            .firstValue("Set-Cookie")
            .orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }
}
