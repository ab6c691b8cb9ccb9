package dev.gavel.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a stranger's socket sends that is not a message of the protocol: each is answered with an
 * error or the socket is closed, the room is unchanged, and the server keeps serving.
 */
class FramesTest extends ServerTest {

  @Test
  void aFrameThatIsNotJson_isAnsweredWithAnError_andTheSocketStaysOpen() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");

      moderator.send("nextSlide please");

      JsonNode error = moderator.next("error");
      assertTrue(error.get("message").asText().startsWith("not valid JSON"), error.toString());
      moderator.send("{\"type\":\"ping\",\"t\":1}");
      assertEquals("pong", moderator.next().get("type").asText());
    }
    assertEquals(0, server.state().get("seq").asInt());
  }

  @Test
  void aBinaryFrame_isIgnored_andChangesNothing() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");

      moderator.sendBinary(
          "{\"type\":\"command\",\"id\":\"b\",\"command\":{\"type\":\"startTopic\"}}"
              .getBytes(StandardCharsets.UTF_8));
      moderator.send("{\"type\":\"ping\",\"t\":1}");

      assertEquals("pong", moderator.next().get("type").asText(), "nothing came before the pong");
    }
    assertEquals(0, server.state().get("seq").asInt());
  }

  @Test
  void aTextFrameOf33KiB_closesTheSocketAsTooBig_andChangesNothing() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");
      String note = "x".repeat(33 * 1024);

      moderator.sendRegardless(
          "{\"type\":\"command\",\"id\":\"big\",\"command\":{\"type\":\"note\",\"text\":\""
              + note
              + "\"}}");

      assertEquals(1009, moderator.closeCode());
    }
    assertEquals(0, server.state().get("seq").asInt());
    try (LiveClient again = server.viewer()) {
      assertEquals("snapshot", again.next().get("type").asText(), "the server keeps serving");
    }
  }

  @Test
  void deeplyNestedJson_isRefusedBeforeItIsBuilt() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");

      moderator.send("{\"type\":\"command\",\"id\":\"deep\",\"command\":" + "[".repeat(5000));

      JsonNode error = moderator.next("error");
      assertTrue(error.get("message").asText().contains("nesting depth"), error.toString());
    }
    assertEquals(0, server.state().get("seq").asInt());
  }

  @Test
  void aMessageWithTrailingGarbage_isRefusedOverTheSocket() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");

      moderator.send(
          "{\"type\":\"command\",\"id\":\"t\",\"command\":{\"type\":\"startTopic\"}} xyz");

      JsonNode error = moderator.next("error");
      assertTrue(error.get("message").asText().startsWith("not valid JSON"), error.toString());
    }
    assertEquals(0, server.state().get("seq").asInt());
  }

  @Test
  void aMessageWithAKeyTwice_isRefusedOverTheSocket() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");

      moderator.send(
          "{\"type\":\"command\",\"id\":\"d\",\"command\":{\"type\":\"startTopic\","
              + "\"type\":\"endTopic\"}}");

      JsonNode error = moderator.next("error");
      assertTrue(
          error.get("message").asText().contains("Duplicate field 'type'"), error.toString());
    }
    assertEquals(0, server.state().get("seq").asInt());
  }

  @Test
  void aSkipNamingTwoTopics_isRefusedOverTheSocket() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");

      moderator.send(
          "{\"type\":\"command\",\"id\":\"k\",\"command\":{\"type\":\"skipTopic\","
              + "\"id\":2,\"id\":3}}");

      JsonNode error = moderator.next("error");
      assertTrue(error.get("message").asText().contains("Duplicate field 'id'"), error.toString());
    }
    assertEquals(0, server.state().get("seq").asInt());
  }

  @Test
  void anEndedSessionWithAFieldThatDoesNotBelong_isRefusedOverTheSocket() {
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");

      moderator.command("e", "{\"type\":\"endSession\",\"skipped\":[2,3]}");

      JsonNode error = moderator.next("error");
      assertEquals(
          "\"endSession\" takes no field \"skipped\"",
          error.get("message").asText(),
          error.toString());
    }
    assertEquals(0, server.state().get("seq").asInt());
  }

  @Test
  void aViewersCommand_isRefusedAndChangesNothing() {
    try (LiveClient viewer = server.viewer()) {
      viewer.next("snapshot");

      viewer.command("v", "{\"type\":\"startTopic\"}");

      assertEquals("refused", viewer.answer("v").get("type").asText());
    }
    assertEquals(0, server.state().get("seq").asInt());
  }
}
