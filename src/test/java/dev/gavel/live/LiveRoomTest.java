package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.Viewers;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The live room over real sockets, against a real server and a real SQLite file. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveRoomTest extends ServerTest {

  @Test
  void aSocket_startsWithASnapshotOfTheRoomAndTheServersTime() {
    try (LiveClient viewer = server.viewer()) {
      JsonNode snapshot = viewer.next("snapshot");

      assertEquals(0, snapshot.get("seq").asLong());
      assertTrue(snapshot.get("serverTime").asLong() > 0);
      assertEquals("viewer", snapshot.get("role").asText());
      assertEquals("idle", snapshot.at("/state/phase").asText());
      assertEquals("A new VRF proposal", snapshot.at("/state/next/title").asText());
      assertEquals(14, snapshot.at("/state/agenda").size());
    }
  }

  @Test
  void aModeratorsCommands_reachEveryViewerInOrder() {
    try (LiveClient moderator = server.moderator();
        LiveClient first = server.viewer();
        LiveClient second = server.viewer();
        LiveClient third = server.viewer()) {
      for (LiveClient client : List.of(moderator, first, second, third)) {
        client.next("snapshot");
      }

      moderator.command("c1", "{\"type\":\"startTopic\"}");
      moderator.command("c2", "{\"type\":\"nextSlide\"}");
      moderator.command("c3", "{\"type\":\"nextSlide\"}");

      for (LiveClient viewer : List.of(first, second, third)) {
        JsonNode started = viewer.next("event");
        assertEquals(1, started.get("seq").asLong());
        assertEquals("topicStarted", started.at("/event/type").asText());
        assertEquals("A new VRF proposal", started.at("/state/topic/title").asText());
        assertEquals(
            List.of(2L, 3L),
            List.of(
                viewer.next("event").get("seq").asLong(),
                viewer.next("event").get("seq").asLong()));
      }
      assertEquals(1, moderator.answer("c1").get("seq").asLong());
      assertEquals("ack", moderator.answer("c3").get("type").asText());
      assertEquals(3, server.state().get("slide").asInt());
    }
  }

  @Test
  void aViewer_canWatchButNotCommand() {
    try (LiveClient viewer = server.viewer()) {
      viewer.next("snapshot");

      viewer.command("v1", "{\"type\":\"startTopic\"}");

      JsonNode answer = viewer.next("refused");
      assertEquals("v1", answer.get("id").asText());
      assertEquals(
          "this screen can only watch: open the moderator's link to run the room",
          answer.get("reason").asText());
      assertEquals("idle", server.state().get("phase").asText());
    }
  }

  @Test
  void aFourthSlide_isRefusedAndEveryScreenSeesItInTheLog() {
    try (LiveClient moderator = server.moderator();
        LiveClient viewer = server.viewer()) {
      moderator.next("snapshot");
      viewer.next("snapshot");
      moderator.command("a", "{\"type\":\"startTopic\"}");
      moderator.command("b", "{\"type\":\"nextSlide\"}");
      moderator.command("c", "{\"type\":\"nextSlide\"}");
      moderator.answer("c");

      moderator.command("d", "{\"type\":\"nextSlide\"}");

      JsonNode refused = moderator.answer("d");
      assertEquals("refused", refused.get("type").asText());
      assertEquals(
          "slide limit reached: 3 slides, time for discussion", refused.get("reason").asText());
      JsonNode logged = viewer.nextOf("event");
      while (logged.get("seq").asLong() < 4) {
        logged = viewer.nextOf("event");
      }
      assertEquals("slideLimitReached", logged.at("/event/type").asText());
      assertEquals(3, logged.at("/event/slideLimit").asInt());
      assertFalse(logged.has("state"), "the state did not change: the event carries none");
      assertEquals(3, server.state().get("slide").asInt());
    }
  }

  @Test
  void aRetriedCommand_takesEffectOnceAndGetsTheSameAnswer() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");
      moderator.command("start", "{\"type\":\"startTopic\"}");
      moderator.answer("start");

      moderator.command("same-id", "{\"type\":\"nextSlide\"}");
      JsonNode first = moderator.answer("same-id");
      moderator.command("same-id", "{\"type\":\"nextSlide\"}");
      JsonNode again = moderator.answer("same-id");

      assertEquals(first, again);
      assertEquals(2, server.state().get("slide").asInt());
    }
  }

  @Test
  void theRoom_comesBackExactlyAsItWasAfterARestart() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");
      moderator.command("1", "{\"type\":\"startTopic\"}");
      moderator.command("2", "{\"type\":\"nextSlide\"}");
      moderator.command("3", "{\"type\":\"note\",\"text\":\"VRF as an L3 master device\"}");
      moderator.answer("3");
    }
    JsonNode before = server.state();

    server = server.restart();

    JsonNode after = server.state();
    assertEquals(before.get("seq"), after.get("seq"));
    assertEquals(before.get("topic"), after.get("topic"));
    assertEquals(before.get("slide"), after.get("slide"));
    assertEquals(before.at("/timer/endsAt"), after.at("/timer/endsAt"));
    try (LiveClient viewer = server.viewer()) {
      JsonNode snapshot = viewer.next("snapshot");
      assertEquals(3, snapshot.get("seq").asLong());
      assertEquals("VRF as an L3 master device", snapshot.at("/notes/0/html").asText());
    }
  }

  @Test
  void aCommand_answeredBeforeARestartIsAnsweredTheSameAfterIt() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");
      moderator.command("before-restart", "{\"type\":\"startTopic\"}");
      assertEquals(1, moderator.answer("before-restart").get("seq").asLong());
    }

    server = server.restart();

    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");
      moderator.command("before-restart", "{\"type\":\"startTopic\"}");
      JsonNode answer = moderator.answer("before-restart");
      assertEquals("ack", answer.get("type").asText());
      assertEquals(1, answer.get("seq").asLong());
      assertEquals(1, server.state().get("seq").asLong());
    }
  }

  @Test
  void aWrongKey_isRefusedBeforeTheSocketOpens() {
    assertEquals(403, LiveClient.refusal(server.socket("not-the-key"), null));
  }

  @Test
  void anotherSitesPage_cannotOpenAModeratingSocket() {
    assertEquals(
        403, LiveClient.refusal(server.socket(server.moderatorKey()), "http://evil.example"));
  }

  @Test
  void anUnknownRoom_hasNoSocket() {
    String unknown = server.socket(null).toString().replace("/networking/", "/nowhere/");

    assertEquals(404, LiveClient.refusal(java.net.URI.create(unknown), null));
  }

  @Test
  void theServersOwnPage_mayOpenAModeratingSocket() {
    String origin = server.base();
    try (LiveClient moderator = LiveClient.connect(server.socket(server.moderatorKey()), origin)) {
      assertEquals("moderator", moderator.next("snapshot").get("role").asText());
    }
  }

  @Test
  void malformedMessages_getAClearErrorAndChangeNothing() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");

      moderator.send("this is not json");
      assertTrue(moderator.next("error").get("message").asText().startsWith("not valid JSON"));
      moderator.send("{\"type\":\"dance\"}");
      assertEquals(
          "unknown message type \"dance\"", moderator.next("error").get("message").asText());
      moderator.command("x", "{\"type\":\"addTime\",\"seconds\":\"lots\"}");
      assertEquals(
          "\"seconds\" must be a whole number", moderator.next("error").get("message").asText());
      moderator.command("y", "{\"type\":\"nextSlide\",\"slide\":7}");
      assertEquals(
          "\"nextSlide\" takes no field \"slide\"",
          moderator.next("error").get("message").asText());

      assertEquals(0, server.state().get("seq").asLong());
    }
  }

  @Test
  void anOversizedMessage_closesOnlyThatSocket() {
    try (LiveClient flooder = server.moderator();
        LiveClient viewer = server.viewer()) {
      flooder.next("snapshot");
      viewer.next("snapshot");

      flooder.sendRegardless(
          "{\"type\":\"command\",\"id\":\"big\",\"command\":{\"type\":\"note\",\"text\":\""
              + "x".repeat(64 * 1024)
              + "\"}}");

      // 1009 "too big"; or, when the server closes before the client has sent the last byte, the
      // client's own send fails first and it sees only the broken connection.
      int code = flooder.closeCode();
      assertTrue(code == 1009 || code == LiveClient.BROKEN, "closed with " + code);
      assertEquals(200, server.command("{\"type\":\"startTopic\"}").statusCode());
      assertEquals("topicStarted", viewer.next("event").at("/event/type").asText());
      assertEquals(1, server.state().get("seq").asLong());
    }
  }

  @Test
  void aSocketThatGoesSilent_isClosedWithinSeconds() throws InterruptedException {
    try (Viewers silent = new Viewers(server.socket(null));
        LiveClient healthy = server.viewer()) {
      assertEquals(1, silent.open(1, 1, 10));
      healthy.next("snapshot");

      silent.deafen(0);

      assertTrue(Viewers.await(() -> silent.closed(0), 10), "still open");
      assertEquals(LiveSocket.WENT_SILENT, silent.closeCode(0));
      assertEquals(200, server.command("{\"type\":\"startTopic\"}").statusCode());
      assertEquals("topicStarted", healthy.next("event").at("/event/type").asText());
    }
  }

  @Test
  void aSocketThatAnswersPings_staysOpenThoughItNeverSpeaks() throws InterruptedException {
    try (Viewers quiet = new Viewers(server.socket(null))) {
      assertEquals(1, quiet.open(1, 1, 10));

      // Pings come at least a heartbeat (300 ms here) apart: fifteen span more than the silence
      // limit (4 s), through which the socket said nothing but its pongs.
      assertTrue(Viewers.await(() -> quiet.pings(0) >= 15 || quiet.closed(0), 30));

      assertFalse(quiet.closed(0), "closed with " + quiet.closeCode(0));
    }
  }

  @Test
  void aClientsPing_isAnsweredWithTheServersTime() {
    try (LiveClient viewer = server.viewer()) {
      viewer.next("snapshot");

      viewer.send("{\"type\":\"ping\",\"t\":12345}");

      JsonNode pong = viewer.next("pong");
      assertEquals(12345, pong.get("t").asLong());
      assertTrue(pong.get("serverTime").asLong() > 0);
    }
  }

  @Test
  void aResync_sendsAFreshSnapshot() {
    try (LiveClient viewer = server.viewer()) {
      viewer.next("snapshot");
      server.command("{\"type\":\"startTopic\"}");
      viewer.next("event");

      viewer.send("{\"type\":\"resync\"}");

      JsonNode snapshot = viewer.next("snapshot");
      assertEquals(1, snapshot.get("seq").asLong());
      assertEquals("presentation", snapshot.at("/state/phase").asText());
      assertFalse(snapshot.at("/state/cutOff").asBoolean());
    }
  }
}
