package dev.gavel.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.ManualClock;
import dev.gavel.testing.Organiser;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attendee's room page is kept as bytes between changes, and a change of anything it shows
 * shows on the very next read: a line of notes, a line taken back, the room's new name, a topic's
 * new title, the event's time zone.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KeptRoomPageTest {

  private static final String EVENT = "kept";
  private static final String ROOM = "hall";

  @TempDir Path data;

  private final ManualClock clock = new ManualClock(Instant.parse("2026-05-04T09:00:00Z"));
  private TestServer server;
  private Organiser organiser;
  private long topic;

  @BeforeEach
  void aPublishedRoomWithATopicRunning() {
    server = TestServer.start(data, config -> config.withClock(clock));
    organiser = new Organiser(server);
    organiser.event(EVENT);
    organiser.room(EVENT, ROOM);
    long session = organiser.session(EVENT, ROOM);
    topic = organiser.topic(EVENT, session, "Routing with VRFs");
    organiser.publish(EVENT, true);
    assertEquals(200, command("{\"type\":\"startTopic\"}").statusCode());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> command(String json) {
    return server.command(ROOM, json, server.moderatorKey(ROOM));
  }

  private String page() {
    HttpResponse<String> page = server.get("/rooms/" + ROOM);
    assertEquals(200, page.statusCode());
    return page.body();
  }

  @Test
  void aNewLineOfNotes_showsOnTheNextRead() {
    assertFalse(page().contains("SO_BINDTODEVICE"));

    assertEquals(200, command("{\"type\":\"note\",\"text\":\"Use SO_BINDTODEVICE\"}").statusCode());

    assertTrue(page().contains("SO_BINDTODEVICE"));
  }

  @Test
  void aLineTakenBack_isGoneFromTheNextRead() {
    long line =
        TestServer.json(
                command("{\"type\":\"note\",\"text\":\"Ask about SO_BINDTODEVICE\"}").body())
            .path("seq")
            .asLong();
    assertTrue(page().contains("Ask about SO_BINDTODEVICE"));

    assertEquals(200, command("{\"type\":\"strikeNote\",\"note\":" + line + "}").statusCode());

    assertFalse(page().contains("<div class=\"text\" dir=\"auto\">Ask about SO_BINDTODEVICE"));
  }

  @Test
  void theRoomsNewName_showsOnTheNextRead() {
    assertTrue(page().contains("Room hall"));

    organiser.post(
        "/organise/events/" + EVENT + "/rooms/" + ROOM, Map.of("name", "Hall of Routing"));

    String page = page();
    assertTrue(page.contains("Hall of Routing"), page);
  }

  @Test
  void aTopicsNewTitle_showsOnTheNextRead() {
    assertTrue(page().contains("Routing with VRFs"));

    organiser.post(
        "/organise/events/" + EVENT + "/topics/" + topic,
        Map.of("title", "Routing with VRF lite", "presenters", "Ana", "budget", "10"));

    assertTrue(page().contains("Routing with VRF lite"));
  }

  @Test
  void theEventsNewTimeZone_showsInTheNotesTimesOnTheNextRead() {
    command("{\"type\":\"note\",\"text\":\"Use SO_BINDTODEVICE\"}");
    assertTrue(page().contains(">09:00</time>"));

    HttpResponse<String> edited =
        organiser.post(
            "/organise/events/" + EVENT,
            Map.of("title", "Event " + EVENT, "slideLimit", "3", "timeZone", "Europe/Prague"));

    assertEquals(303, edited.statusCode(), edited.body());
    String page = page();
    assertTrue(page.contains(">11:00</time>"), page);
  }

  @Test
  void anUnchangedRoom_isServedTheSameBytes_withNoValidatorToHoldItBy() {
    HttpResponse<String> first = server.get("/rooms/" + ROOM);
    HttpResponse<String> again =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/rooms/" + ROOM))
                .header("If-None-Match", "*")
                .GET()
                .build());

    assertEquals(200, again.statusCode());
    assertEquals(first.body(), again.body());
    assertTrue(first.headers().firstValue("ETag").isEmpty());
    assertEquals("no-cache", again.headers().firstValue("Cache-Control").orElseThrow());
  }
}
