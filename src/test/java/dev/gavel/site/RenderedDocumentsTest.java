package dev.gavel.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.http.ReaderLane;
import dev.gavel.testing.ManualClock;
import dev.gavel.testing.Organiser;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's public pages are rendered once for each change of what they show and served as the
 * same bytes until the next; renders beyond the bound are told to come back, and never wait long.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RenderedDocumentsTest {

  private static final String EVENT = "cached";
  private static final String ROOM = "hall";

  @TempDir Path data;

  private final ManualClock clock = new ManualClock(Instant.parse("2026-05-04T09:00:00Z"));
  private final AtomicInteger renders = new AtomicInteger();
  private final AtomicBoolean holding = new AtomicBoolean();
  private final CountDownLatch rendering = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private TestServer server;
  private Organiser organiser;
  private long session;
  private long topic;

  @BeforeEach
  void aPublishedSession() {
    Rendering bound = new Rendering(1, Duration.ofMillis(200), this::counted);
    // Room for reads beside the one render, on any machine: the readers' lane is not under test.
    ReaderLane.Limits lane = new ReaderLane.Limits(4, 4, Duration.ofSeconds(30), 1_000, 1_000);
    server =
        TestServer.start(
            data, config -> config.withClock(clock).withRendering(bound).withReaders(lane));
    organiser = new Organiser(server);
    organiser.event(EVENT);
    organiser.room(EVENT, ROOM);
    session = organiser.session(EVENT, ROOM);
    topic = organiser.topic(EVENT, session, "Routing with VRFs");
    organiser.publish(EVENT, true);
  }

  /** Every render, counted; held on the latch while a test holds renders. */
  private void counted() {
    renders.incrementAndGet();
    if (holding.get()) {
      rendering.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("a held render was interrupted", e);
      }
    }
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  private HttpResponse<String> read(String page) {
    return server.get("/sessions/" + session + "/" + page);
  }

  private HttpResponse<String> readHolding(String page, String etag) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.base() + "/sessions/" + session + "/" + page))
            .header("If-None-Match", etag)
            .GET()
            .build());
  }

  @Test
  void aReport_readTwice_isRenderedOnceAndServedTheSameFromTheSecondTime() {
    HttpResponse<String> first = read("report");
    HttpResponse<String> second = read("report");

    assertEquals(200, second.statusCode());
    assertEquals(first.body(), second.body());
    assertEquals(1, renders.get());
    assertEquals(
        first.headers().firstValue("ETag").orElseThrow(),
        second.headers().firstValue("ETag").orElseThrow());
    assertEquals("no-cache", second.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void eachPage_isRenderedOnItsOwn() {
    read("report");
    read("report.svg");
    read("notes");
    read("log");
    read("report.svg");

    assertEquals(4, renders.get());
  }

  @Test
  void aBrowserHoldingThePage_isAnswered304WithNothingElse() {
    String etag = read("report.svg").headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = readHolding("report.svg", etag);

    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void aBrowserHoldingAnOlderPage_getsTheNewOne() {
    String etag = read("notes").headers().firstValue("ETag").orElseThrow();
    server.command(ROOM, "{\"type\":\"startTopic\"}", server.moderatorKey(ROOM));

    HttpResponse<String> again = readHolding("notes", etag);

    assertEquals(200, again.statusCode());
    assertNotEquals(etag, again.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void aTitleEdit_showsOnTheNextRequest() {
    assertTrue(read("report").body().contains("Routing with VRFs"));

    organiser.post(
        "/organise/events/" + EVENT + "/topics/" + topic,
        Map.of("title", "Routing with VRF lite", "presenters", "Ana", "budget", "10"));

    String report = read("report").body();
    assertTrue(report.contains("Routing with VRF lite"), report);
    assertTrue(read("report.svg").body().contains("Routing with VRF lite"));
  }

  @Test
  void aNewNote_showsOnTheNextRequest() {
    server.command(ROOM, "{\"type\":\"startTopic\"}", server.moderatorKey(ROOM));
    assertFalse(read("notes").body().contains("SO_BINDTODEVICE"));
    assertFalse(read("log").body().contains("SO_BINDTODEVICE"));

    assertEquals(
        200,
        server
            .command(
                ROOM, "{\"type\":\"note\",\"text\":\"Use SO_BINDTODEVICE\"}", server.notesKey(ROOM))
            .statusCode());

    assertTrue(read("notes").body().contains("SO_BINDTODEVICE"));
    assertTrue(read("log").body().contains("SO_BINDTODEVICE"));
  }

  @Test
  void aRunningTopicsReport_isRenderedAgainOnceItsSecondHasPassed() {
    server.command(ROOM, "{\"type\":\"startTopic\"}", server.moderatorKey(ROOM));
    read("report");
    read("report");
    assertEquals(1, renders.get());

    clock.advance(Duration.ofSeconds(75));
    String report = read("report").body();

    assertEquals(2, renders.get());
    assertTrue(report.contains("1:15"), report);
  }

  @Test
  void aRender_pastTheBound_isAnswered503WithRetryAfter_andACachedPageIsNot() throws Exception {
    read("report");
    holding.set(true);
    CompletableFuture<HttpResponse<String>> held =
        CompletableFuture.supplyAsync(() -> read("notes"));
    assertTrue(rendering.await(30, TimeUnit.SECONDS), "the first render never started");

    HttpResponse<String> refused = read("log");
    HttpResponse<String> cached = read("report");
    release.countDown();

    assertEquals(503, refused.statusCode());
    assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(refused.body().contains("much asked for"), refused.body());
    assertEquals(200, cached.statusCode());
    assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode());
    assertEquals(200, read("log").statusCode());
  }
}
