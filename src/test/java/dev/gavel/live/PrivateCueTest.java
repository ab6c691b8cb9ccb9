package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speaker's private cue over real sockets: the stage sees it; no viewer's socket carries it.
 */
class PrivateCueTest extends ServerTest {

  private static final String CUE = "wrap up, the room is restless";

  /** Every message until the one at this log position, inclusive. */
  private static List<JsonNode> until(LiveClient client, long seq) {
    List<JsonNode> seen = new ArrayList<>();
    while (true) {
      JsonNode message = client.next();
      seen.add(message);
      if (message.path("type").asText().equals("event") && message.get("seq").asLong() >= seq) {
        return seen;
      }
    }
  }

  @Test
  void aCue_reachesTheStageAndNeverAViewersSocket() {
    try (LiveClient stage = LiveClient.connect(server.socket(server.stageKey()));
        LiveClient viewer = server.viewer();
        LiveClient micRunner = LiveClient.connect(server.socket(server.micKey()))) {
      assertEquals("stage", stage.next("snapshot").get("role").asText());
      viewer.next("snapshot");
      assertEquals("micRunner", micRunner.next("snapshot").get("role").asText());

      JsonNode answer = server.state();
      long seq = answer.get("seq").asLong();
      assertEquals(200, server.command("{\"type\":\"cue\",\"text\":\"" + CUE + "\"}").statusCode());
      assertEquals(
          200, server.command("{\"type\":\"roomMessage\",\"text\":\"Lunch\"}").statusCode());

      List<JsonNode> onStage = until(stage, seq + 2);
      assertEquals("cueGiven", onStage.getFirst().at("/event/type").asText());
      assertEquals(CUE, onStage.getFirst().at("/event/text").asText());
      for (LiveClient watcher : List.of(viewer, micRunner)) {
        List<JsonNode> seen = until(watcher, seq + 2);
        assertEquals("withheld", seen.getFirst().at("/event/type").asText());
        assertEquals(seq + 1, seen.getFirst().get("seq").asLong(), "no gap in the sequence");
        assertFalse(seen.toString().contains("wrap up"), seen.toString());
      }
      assertFalse(server.state().toString().contains("wrap up"));
    }
  }

  @Test
  void aSnapshot_carriesTheCueOnlyForTheStage() {
    assertEquals(200, server.command("{\"type\":\"cue\",\"text\":\"" + CUE + "\"}").statusCode());

    try (LiveClient stage = LiveClient.connect(server.socket(server.stageKey()));
        LiveClient viewer = server.viewer()) {
      assertEquals(CUE, stage.next("snapshot").at("/cue/text").asText());
      JsonNode snapshot = viewer.next("snapshot");
      assertFalse(snapshot.has("cue"));
      assertFalse(snapshot.toString().contains("wrap up"));
    }
    assertFalse(server.get("/rooms/" + TestServer.ROOM).body().contains("wrap up"));
  }

  @Test
  void theStageKey_cannotCommand() {
    assertEquals(403, server.command("{\"type\":\"clearCue\"}", server.stageKey()).statusCode());
    try (LiveClient stage = LiveClient.connect(server.socket(server.stageKey()))) {
      stage.next("snapshot");
      stage.command("c1", "{\"type\":\"clearCue\"}");
      assertTrue(stage.answer("c1").get("type").asText().equals("refused"));
    }
  }
}
