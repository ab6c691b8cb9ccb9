package dev.gavel.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.LiveClient;
import dev.gavel.testing.Organiser;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who may command or organise, tried as a stranger would: no key, a wrong key, another room's key,
 * a note-taker's key for the moderator's controls, a forged organiser's cookie, a key in the wrong
 * place. Each is refused and the room and the programme stay as they were.
 */
class KeysTest extends ServerTest {

  private static final String START = "{\"type\":\"startTopic\"}";
  private static final String SKIP = "{\"type\":\"skipTopic\"}";
  private static final String END_SESSION = "{\"type\":\"endSession\"}";

  @Test
  void aCommandWithoutAKey_isRefusedWith401() {
    HttpResponse<String> answer = server.command(START, null);

    assertEquals(401, answer.statusCode());
    assertUnchanged();
  }

  @Test
  void aCommandWithAWrongKey_isRefusedWith403() {
    assertEquals(403, server.command(START, "not-the-key").statusCode());
    assertUnchanged();
  }

  @Test
  void aCommandWithAnotherRoomsKey_isRefusedWith403() {
    Organiser organiser = new Organiser(server);
    organiser.room("lpc2015", "hall-b");

    assertEquals(403, server.command(START, server.moderatorKey("hall-b")).statusCode());
    assertEquals(403, LiveClient.refusal(server.socket(server.moderatorKey("hall-b")), null));
    assertUnchanged();
  }

  @Test
  void theNoteTakersKey_cannotRunTheRoom() {
    HttpResponse<String> answer = server.command(START, server.notesKey());

    assertEquals(403, answer.statusCode());
    assertTrue(TestServer.json(answer.body()).get("error").asText().contains("only write notes"));
    assertEquals(
        403, server.get("/rooms/networking/moderate?key=" + server.notesKey()).statusCode());
    assertUnchanged();
  }

  @Test
  void theNoteTakersKey_cannotSkipATopicOrEndTheSession() {
    for (String command : List.of(SKIP, END_SESSION)) {
      HttpResponse<String> answer = server.command(command, server.notesKey());

      assertEquals(403, answer.statusCode(), command);
      assertTrue(
          TestServer.json(answer.body()).get("error").asText().contains("only write notes"),
          answer.body());
    }
    assertUnchanged();
  }

  @Test
  void aSkipOrAnEndedSession_withoutAKeyOrWithAWrongOne_isRefused() {
    for (String command : List.of(SKIP, END_SESSION)) {
      assertEquals(401, server.command(command, null).statusCode(), command);
      assertEquals(403, server.command(command, "not-the-key").statusCode(), command);
    }
    assertUnchanged();
  }

  @Test
  void aViewersSocket_cannotSkipATopicOrEndTheSession() {
    try (LiveClient socket = LiveClient.connect(server.socket(null))) {
      socket.next("snapshot");
      socket.command("s", SKIP);
      socket.command("e", END_SESSION);

      assertEquals("refused", socket.answer("s").get("type").asText());
      assertEquals("refused", socket.answer("e").get("type").asText());
    }
    assertUnchanged();
  }

  @Test
  void aKeyInTheAddressOfTheApi_isNoKey() {
    HttpResponse<String> answer =
        server.send(
            HttpRequest.newBuilder(
                    URI.create(
                        server.base()
                            + "/api/rooms/networking/commands?key="
                            + server.moderatorKey()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(START))
                .build());

    assertEquals(401, answer.statusCode());
    assertUnchanged();
  }

  @Test
  void aSocketWithoutAKeyInItsAddress_isAViewer() {
    try (LiveClient socket = LiveClient.connect(server.socket(null))) {
      assertEquals("viewer", socket.next("snapshot").get("role").asText());
      socket.command("c", START);
      assertEquals("refused", socket.answer("c").get("type").asText());
    }
    assertUnchanged();
  }

  @Test
  void aKeyThatIsNotABearer_isRefused() {
    HttpResponse<String> answer =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/rooms/networking/commands"))
                .header("Authorization", "Basic " + server.moderatorKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(START))
                .build());

    assertEquals(403, answer.statusCode());
    assertUnchanged();
  }

  @Test
  void aForgedOrganiserCookie_opensNoOrganiserPage() {
    for (String cookie :
        List.of(
            "gavel-organiser=" + "0".repeat(64),
            "gavel-organiser=" + TestServer.ORGANISER_SECRET,
            "gavel-organiser=")) {
      HttpResponse<String> page = withCookie("/organise/events/lpc2015", cookie, null);
      assertEquals(403, page.statusCode(), cookie);
      assertFalse(page.body().contains("<form"), cookie);
      HttpResponse<String> post =
          withCookie("/organise/events/lpc2015/publish", cookie, "published=false");
      assertEquals(403, post.statusCode(), cookie);
    }
    assertEquals(200, server.get("/events/lpc2015").statusCode(), "still published");
  }

  @Test
  void theOrganisersSecret_inTheAddressOfAnEventPage_opensNothing() {
    HttpResponse<String> page =
        server.get("/organise/events/lpc2015?key=" + TestServer.ORGANISER_SECRET);

    assertEquals(403, page.statusCode());
  }

  private HttpResponse<String> withCookie(String path, String cookie, String form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Cookie", cookie)
            .header("Origin", server.base());
    if (form != null) {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }
    return server.send(request.build());
  }

  private void assertUnchanged() {
    assertEquals(0, server.state().get("seq").asInt(), "the room did not move");
  }
}
