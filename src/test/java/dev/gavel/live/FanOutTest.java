package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import dev.gavel.testing.Viewers;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A full room over real sockets: every screen gets every event, in order, whatever the others do.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FanOutTest extends ServerTest {

  @Test
  void aThousandSockets_eachGetAThousandEventsInOrderWithNoGapAndNoDouble() throws Exception {
    try (LiveClient moderator = server.moderator();
        Viewers room = new Viewers(server.socket(null))) {
      moderator.next("snapshot");
      assertEquals(1_000, room.open(1_000, 64, 60));
      assertTrue(Viewers.await(() -> snapshotsEverywhere(room), 30), "a snapshot on each socket");

      for (int i = 1; i <= 1_000; i++) {
        moderator.command("n" + i, "{\"type\":\"note\",\"text\":\"line " + i + "\"}");
      }

      assertEquals(1_000, moderator.answer("n1000").get("seq").asLong());
      assertTrue(Viewers.await(() -> room.allAt(1_000), 60), "every socket at position 1000");
      assertEquals(0, room.totalFaults());
      for (int socket = 0; socket < 1_000; socket++) {
        assertEquals(1_000, room.events(socket), "events on socket " + socket);
        assertEquals(1, room.snapshots(socket), "snapshots on socket " + socket);
      }
    }
  }

  @Test
  void aStalledSocket_isDroppedWithoutDelayingTheOthers() throws Exception {
    // Silence alone does not close the stalled socket here: only its full queue does.
    server.close();
    server =
        TestServer.start(
            data, config -> config.withLiveness(Duration.ofMillis(300), Duration.ofMinutes(5), 64));
    try (LiveClient moderator = server.moderator();
        Viewers room = new Viewers(server.socket(null))) {
      moderator.next("snapshot");
      assertEquals(21, room.open(21, 21, 30));
      assertTrue(Viewers.await(() -> snapshotsEverywhere(room), 30));
      room.stall(0);

      // Lines of a few kilobytes, until the stalled socket's network and queue are full. Commands
      // are answered before their fan-out, so each round waits until the others have it all.
      String line = "a long line of notes ".repeat(180);
      int sent = 0;
      while (server.gavel().liveLoad(TestServer.ROOM).sockets() == 22 && sent < 5_000) {
        for (int i = 0; i < 20; i++) {
          sent++;
          moderator.command("n" + sent, "{\"type\":\"note\",\"text\":\"" + line + sent + "\"}");
          moderator.answer("n" + sent);
        }
        int round = sent;
        assertTrue(Viewers.await(() -> everyoneAt(room, 1, 21, round), 30), "the others lag");
      }
      int last = sent;

      assertTrue(sent < 5_000, "the stalled socket was never dropped");
      assertEquals(0, room.totalFaults());
      assertTrue(room.last(0) < last, "the stalled socket read nothing meanwhile");
      // The server has closed its end after the close frame: a pong written now would be answered
      // with a reset, which throws away what the socket has not read yet, the close frame with it.
      room.deafen(0);
      room.resume(0);
      assertTrue(Viewers.await(() -> room.closed(0), 30));
      assertEquals(Outbox.TOO_FAR_BEHIND, room.closeCode(0));
    }
  }

  @Test
  void aCommand_isAnsweredWhileAStalledRoomIsFull() throws Exception {
    try (Viewers room = new Viewers(server.socket(null))) {
      assertEquals(200, room.open(200, 64, 30));
      for (int socket = 0; socket < 200; socket++) {
        room.stall(socket);
      }

      for (int i = 0; i < 50; i++) {
        JsonNode answer =
            TestServer.json(
                server.command("{\"type\":\"note\",\"text\":\"line " + i + "\"}").body());
        assertEquals(i + 1, answer.get("seq").asLong());
      }
    }
  }

  @Test
  void aSnapshotLongerThanTheLargestFrame_arrivesWholeAndTheNextEventFollowsIt() throws Exception {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");
      moderator.command("start", "{\"type\":\"startTopic\"}");
      moderator.answer("start");
      String line = "a long line of notes ".repeat(170);
      for (int i = 1; i <= 40; i++) {
        moderator.command("n" + i, "{\"type\":\"note\",\"text\":\"" + line + i + "\"}");
        moderator.answer("n" + i);
      }

      try (LiveClient viewer = server.viewer()) {
        JsonNode snapshot = viewer.next("snapshot");
        assertTrue(snapshot.toString().length() > 2 * 65_536, "longer than two frames");
        assertEquals(41, snapshot.get("seq").asLong());
        assertEquals(40, snapshot.get("notes").size());
        assertEquals(line + 40, snapshot.at("/notes/39/html").asText());
        moderator.command("after", "{\"type\":\"note\",\"text\":\"after the snapshot\"}");
        assertEquals(42, viewer.next("event").get("seq").asLong());
      }
    }
  }

  private static boolean snapshotsEverywhere(Viewers room) {
    for (int socket = 0; socket < room.size(); socket++) {
      if (room.snapshots(socket) == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean everyoneAt(Viewers room, int from, int to, long seq) {
    for (int socket = from; socket < to; socket++) {
      if (room.last(socket) < seq) {
        return false;
      }
    }
    return true;
  }
}
