package dev.gavel.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Another site's page that tries to use a visitor's browser against Gavel: a moderating socket
 * opened from it, a form posted from it, with or without a key or cookie. Each is refused with 403
 * and nothing changes; watching a room from anywhere stays possible, since it changes nothing.
 */
class OriginsTest extends ServerTest {

  private static final String EVIL = "https://evil.example";

  @Test
  void aModeratingSocket_fromAnotherSitesPage_isRefused() {
    assertEquals(403, LiveClient.refusal(server.socket(server.moderatorKey()), EVIL));
    assertEquals(403, LiveClient.refusal(server.socket(server.notesKey()), EVIL));
    assertEquals(403, LiveClient.refusal(server.socket(server.moderatorKey()), "null"));
  }

  @Test
  void aWatchingSocket_fromAnotherSitesPage_mayWatchButNotCommand() {
    try (LiveClient viewer = LiveClient.connect(server.socket(null), EVIL)) {
      assertEquals("viewer", viewer.next("snapshot").get("role").asText());
      viewer.command("c", "{\"type\":\"startTopic\"}");
      assertEquals("refused", viewer.answer("c").get("type").asText());
    }
    assertEquals(0, server.state().get("seq").asInt());
  }

  @Test
  void anOrganisersForm_fromAnotherSitesPage_isRefused_evenWithTheSecret() {
    HttpResponse<String> answer =
        form("/organise/events/lpc2015/publish", "published=false", TestServer.ORGANISER_SECRET);

    assertEquals(403, answer.statusCode());
    assertEquals(200, server.get("/events/lpc2015").statusCode(), "still published");
  }

  @Test
  void aSignUp_fromAnotherSitesPage_isRefused() {
    HttpResponse<String> answer = form("/sessions/1/attend", "name=Forged+Attendee", null);

    assertEquals(403, answer.statusCode());
    assertFalse(server.get("/events/lpc2015").body().contains("Forged Attendee"));
  }

  @Test
  void aProposal_fromAnotherSitesPage_isRefused() {
    HttpResponse<String> answer =
        form("/sessions/1/propose", "title=Forged+pitch&presenters=Mallory", null);

    assertEquals(403, answer.statusCode());
  }

  private HttpResponse<String> form(String path, String body, String secret) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Origin", EVIL)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header("Authorization", "Bearer " + secret);
    }
    return server.send(request.build());
  }
}
