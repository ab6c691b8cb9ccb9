package dev.gavel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.site.Rendering;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.Organiser;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymous readers take turns in one lane, one read at a time here, none waiting: while a read
 * holds the lane (a session's notes page held in its render), the next anonymous read is told to
 * come back, and everything that is not an anonymous read goes on as if nobody were reading.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReaderLaneTest {

  private static final String EVENT = "lane";
  private static final String ROOM = "hall";

  @TempDir Path data;

  private final AtomicBoolean holding = new AtomicBoolean();
  private final CountDownLatch reading = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private TestServer server;
  private long session;

  @BeforeEach
  void aPublishedRoomWithOneReadAtATime() {
    server =
        TestServer.start(
            data,
            config ->
                config
                    .withReaders(new ReaderLane.Limits(1, 0, Duration.ofMillis(100), 1_000, 1_000))
                    .withRendering(Rendering.standard().withBeforeEach(this::heldWhileHolding)));
    Organiser organiser = new Organiser(server);
    organiser.event(EVENT);
    organiser.room(EVENT, ROOM);
    session = organiser.session(EVENT, ROOM);
    organiser.topic(EVENT, session, "Routing with VRFs");
    organiser.publish(EVENT, true);
  }

  private void heldWhileHolding() {
    if (holding.get()) {
      reading.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("a held read was interrupted", e);
      }
    }
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  /** A reader's request for the session's notes, held in the lane until released. */
  private CompletableFuture<HttpResponse<String>> aReaderHoldsTheLane() throws Exception {
    holding.set(true);
    CompletableFuture<HttpResponse<String>> held =
        CompletableFuture.supplyAsync(() -> server.get("/sessions/" + session + "/notes"));
    assertTrue(reading.await(30, TimeUnit.SECONDS), "the held read never started");
    return held;
  }

  @Test
  void aFullLane_refusesTheNextAnonymousRead_with503AndRetryAfter() throws Exception {
    CompletableFuture<HttpResponse<String>> held = aReaderHoldsTheLane();

    HttpResponse<String> refused = server.get("/rooms/" + ROOM);

    assertEquals(503, refused.statusCode());
    assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
    assertEquals("no-cache", refused.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(refused.body().contains("much asked for"), refused.body());
    assertTrue(
        refused.headers().firstValue("Content-Security-Policy").orElseThrow().contains("'none'"));
    release.countDown();
    assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode());
    assertEquals(200, server.get("/rooms/" + ROOM).statusCode());
  }

  @Test
  void aFullLane_answersTheApisAnonymousRead503InJson() throws Exception {
    CompletableFuture<HttpResponse<String>> held = aReaderHoldsTheLane();

    HttpResponse<String> refused = server.get("/api/rooms/" + ROOM + "/state");

    assertEquals(503, refused.statusCode());
    assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(
        TestServer.json(refused.body()).path("error").asText().contains("ask again"),
        refused.body());
    release.countDown();
    assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void aFullLane_stillAcknowledgesTheModeratorsCommands_overTheSocketAndTheApi() throws Exception {
    try (LiveClient tablet = LiveClient.connect(server.socket(ROOM, server.moderatorKey(ROOM)))) {
      tablet.next("snapshot");
      CompletableFuture<HttpResponse<String>> held = aReaderHoldsTheLane();

      tablet.command("first", "{\"type\":\"startTopic\"}");
      JsonNode answer = tablet.answer("first");
      HttpResponse<String> script =
          server.command(ROOM, "{\"type\":\"nextSlide\"}", server.moderatorKey(ROOM));
      HttpResponse<String> refused = server.get("/rooms/" + ROOM);

      assertEquals("ack", answer.path("type").asText(), answer.toString());
      assertEquals(200, script.statusCode(), script.body());
      assertEquals(503, refused.statusCode());
      release.countDown();
      assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode());
    }
  }

  @Test
  void aFullLane_stillOpensThePagesOfThoseWhoHoldAKey() throws Exception {
    CompletableFuture<HttpResponse<String>> held = aReaderHoldsTheLane();

    HttpResponse<String> tablet =
        server.get("/rooms/" + ROOM + "/moderate?key=" + server.moderatorKey(ROOM));
    HttpResponse<String> organisers = new Organiser(server).get("/organise/events/" + EVENT);

    assertEquals(200, tablet.statusCode());
    assertEquals(200, organisers.statusCode());
    release.countDown();
    assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void aMadeUpKey_doesNotJumpTheLane() throws Exception {
    CompletableFuture<HttpResponse<String>> held = aReaderHoldsTheLane();

    assertEquals(503, server.get("/rooms/" + ROOM + "?key=made-up").statusCode());
    assertEquals(503, server.get("/rooms/" + ROOM + "/moderate?key=made-up").statusCode());
    release.countDown();
    assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void aFullLane_stillServesTheViewsOwnFiles() throws Exception {
    CompletableFuture<HttpResponse<String>> held = aReaderHoldsTheLane();

    assertEquals(200, server.get("/assets/shared/tokens.css").statusCode());
    release.countDown();
    assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void readsThatFail_giveTheirTurnBack() {
    for (int i = 0; i < 5; i++) {
      assertEquals(404, server.get("/rooms/nowhere").statusCode());
      assertEquals(404, server.get("/api/rooms/nowhere/state").statusCode());
      assertEquals(404, server.get("/sessions/999999/notes").statusCode());
    }

    assertEquals(200, server.get("/rooms/" + ROOM).statusCode());
    assertEquals(200, server.get("/sessions/" + session + "/notes").statusCode());
  }
}
