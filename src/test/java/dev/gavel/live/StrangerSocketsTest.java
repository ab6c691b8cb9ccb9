package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import dev.gavel.testing.Viewers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a stranger's sockets can cost the server, needing no key: upgrades by the thousand, and
 * snapshots asked for by the dozen and never read.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StrangerSocketsTest extends ServerTest {

  private static final String RESYNC = "{\"type\":\"resync\"}";

  @Test
  void aThousandUpgrades_leaveNoHttpSessionBehindAndSetNoCookie() throws Exception {
    try (Viewers strangers = new Viewers(server.socket(null))) {
      assertEquals(1_000, strangers.open(1_000, 64, 60));

      for (int socket = 0; socket < 1_000; socket++) {
        String answer = strangers.handshake(socket).toLowerCase(Locale.ROOT);
        assertTrue(answer.startsWith("http/1.1 101"), answer);
        assertFalse(answer.contains("set-cookie"), answer);
      }
      // A session lives until the request that made it has left Jetty, which the last upgrade's
      // may not have done yet when its answer arrives; a leak would never come down to none.
      assertTrue(
          Viewers.await(() -> server.gavel().httpSessionsHeld() == 0, 10),
          "HTTP sessions held with a thousand sockets open: " + server.gavel().httpSessionsHeld());
    }
    assertEquals(0, server.gavel().httpSessionsHeld());
  }

  @Test
  void aSocketThatAsksForSnapshotsAndNeverReads_isClosedAndHoldsNothing() throws Exception {
    try (Viewers stranger = new Viewers(server.socket(null))) {
      assertEquals(1, stranger.open(1, 1, 10));
      assertTrue(Viewers.await(() -> stranger.snapshots(0) == 1, 10));
      stranger.stall(0);

      for (int i = 0; i < 25; i++) {
        stranger.send(0, RESYNC);
      }

      assertTrue(Viewers.await(() -> load().sockets() == 0, 30), "the flooding socket is open");
      assertEquals(0, load().queuedBytes());
      stranger.resume(0);
      assertTrue(Viewers.await(() -> stranger.closed(0), 10));
      assertEquals(LiveSocket.FLOODING, stranger.closeCode(0));
      // the join's, and at most the five resyncs a socket may ask for at once, one at a time
      assertTrue(stranger.snapshots(0) <= 6, "snapshots sent: " + stranger.snapshots(0));
    }
  }

  @Test
  void fiftyFloodingSockets_areClosedAndAnotherRoomsCommandsRunMeanwhile() throws Exception {
    String otherRoom = anotherRoom();
    try (Viewers strangers = new Viewers(server.socket(null));
        LiveClient watcher = server.viewer()) {
      watcher.next("snapshot");
      assertEquals(50, strangers.open(50, 50, 30));
      for (int socket = 0; socket < 50; socket++) {
        strangers.stall(socket);
      }

      for (int round = 0; round < 25; round++) {
        for (int socket = 0; socket < 50; socket++) {
          strangers.send(socket, RESYNC);
        }
        assertEquals(
            200, command(otherRoom, "{\"type\":\"note\",\"text\":\"round " + round + "\"}"));
      }

      assertTrue(Viewers.await(() -> load().sockets() == 1, 30), "flooders still open");
      assertEquals(0, load().queuedBytes());
      assertEquals(200, server.command("{\"type\":\"startTopic\"}").statusCode());
      assertEquals("topicStarted", watcher.next("event").at("/event/type").asText());
    }
  }

  @Test
  void aPageThatResyncsAfterAGap_getsItsSnapshot() {
    try (LiveClient viewer = server.viewer()) {
      viewer.next("snapshot");
      for (int i = 0; i < 3; i++) {
        viewer.send(RESYNC);
        assertEquals("snapshot", viewer.next().get("type").asText());
      }
    }
  }

  private dev.gavel.Gavel.LiveLoad load() {
    return server.gavel().liveLoad(TestServer.ROOM);
  }

  /** A second room, in an event of its own, made by importing a one-line spreadsheet. */
  private String anotherRoom() {
    String csv =
        "room,title,start,duration,presenters\nHall B,Open floor,2026-09-18T10:00,30,All\n";
    assertEquals(
        200,
        server
            .post(
                "/api/events/import?event=other",
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8),
                TestServer.ORGANISER_SECRET)
            .statusCode());
    return "hall-b";
  }

  private int command(String room, String json) {
    return server
        .post(
            "/api/rooms/" + room + "/commands",
            "application/json",
            json.getBytes(StandardCharsets.UTF_8),
            TestServer.ORGANISER_SECRET)
        .statusCode();
  }
}
