package dev.gavel.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Floods of the public forms, from one address, with and without a device's cookie: after a
 * sender's few goes each is refused with 429, a message on the page and when to try again, and the
 * programme stays the size it was plus those few. The server's clock stands still, so no go comes
 * back during the flood and the counts are exact.
 */
class FloodsTest extends ServerTest {

  private static final Pattern SIGNED_UP = Pattern.compile("<li data-state=\"confirmed\">");

  @BeforeEach
  void aServerWhoseClockStandsStill() {
    server.close();
    server =
        TestServer.start(data, Clock.fixed(Instant.parse("2015-08-20T09:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void aFloodOfSignUps_fromOneAddress_isRefusedAfterThirty_andTheProgrammeStaysBounded() {
    int before = signedUp();
    int pageBefore = server.get("/events/lpc2015").body().length();
    int taken = 0;
    HttpResponse<String> last = null;

    for (int i = 0; i < 300; i++) {
      last = signUp("Flooder " + i, null);
      if (last.statusCode() == 303) {
        taken++;
      } else {
        assertEquals(429, last.statusCode(), last.body());
      }
    }

    assertEquals(30, taken, "an address's goes in a minute");
    assertTrue(
        last.body().contains("Too many sign-ups from here: please try again in 2 seconds."),
        last.body());
    assertEquals("2", last.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(before + 30, signedUp());
    assertTrue(server.get("/events/lpc2015").body().length() < pageBefore + 30 * 200);
  }

  @Test
  void aFloodOfSignUps_fromOneDevice_isRefusedAfterTen() {
    String device = "gavel-device=" + "d".repeat(22);
    int taken = 0;

    for (int i = 0; i < 50; i++) {
      if (signUp("Phone " + i, device).statusCode() == 303) {
        taken++;
      }
    }

    assertEquals(10, taken);
    HttpResponse<String> refused = signUp("One more", device);
    assertEquals(429, refused.statusCode());
    assertTrue(refused.body().contains("Too many sign-ups from here"), refused.body());
    assertTrue(refused.body().contains("value=\"One more\""), "what was typed comes back");
    assertEquals(
        303,
        signUp("Another phone", "gavel-device=" + "e".repeat(22)).statusCode(),
        "another device behind the same address still may");
  }

  @Test
  void aFloodOfProposals_fromOneAddress_isRefusedAfterTwenty_andNoneMoreIsStored() {
    int taken = 0;

    for (int i = 0; i < 100; i++) {
      HttpResponse<String> answer =
          post("/sessions/1/propose", "title=Pitch+" + i + "&presenters=Mallory", null);
      if (answer.statusCode() == 303) {
        taken++;
      } else {
        assertEquals(429, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Too many proposals from here"), answer.body());
      }
    }

    assertEquals(20, taken);
    String organiserPage =
        server
            .send(
                HttpRequest.newBuilder(URI.create(server.base() + "/organise/events/lpc2015"))
                    .header("Authorization", "Bearer " + TestServer.ORGANISER_SECRET)
                    .build())
            .body();
    assertEquals(20, organiserPage.split("Pitch ", -1).length - 1, "20 proposals, no more");
  }

  @Test
  void theProgrammePage_givesADeviceItsCookie() {
    HttpResponse<String> page = server.get("/events/lpc2015");

    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("gavel-device="), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
  }

  private int signedUp() {
    return (int) SIGNED_UP.matcher(server.get("/events/lpc2015").body()).results().count();
  }

  private HttpResponse<String> signUp(String name, String cookie) {
    return post(
        "/sessions/1/attend", "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), cookie);
  }

  private HttpResponse<String> post(String path, String form, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Origin", server.base())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return server.send(request.build());
  }
}
