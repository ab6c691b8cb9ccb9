package dev.gavel.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Command bodies over HTTP that are not one plain JSON object sent as JSON: each is refused with
 * 400 or 415 and the room does not move. The socket reads its messages the same strict way (see
 * {@link FramesTest}).
 */
class CommandBodiesTest extends ServerTest {

  @Test
  void trailingGarbage_isRefusedWith400() {
    assertRefused(
        400, "application/json", "{\"type\":\"startTopic\"} xyz", "the body is not valid JSON");
  }

  @Test
  void aSecondValueAfterTheFirst_isRefusedWith400() {
    assertRefused(
        400,
        "application/json",
        "{\"type\":\"startTopic\"}{\"type\":\"endTopic\"}",
        "the body is not valid JSON");
  }

  @Test
  void aKeyTwice_isRefusedWith400_ratherThanLeftToTheParser() {
    server.command("{\"type\":\"startTopic\"}");

    assertRefused(
        400,
        "application/json",
        "{\"type\":\"nextSlide\",\"type\":\"endTopic\"}",
        "the body is not valid JSON: Duplicate field 'type'");
    assertEquals(1, server.state().get("slide").asInt(), "the topic still runs on slide 1");
  }

  @Test
  void aSkipWithAFieldThatDoesNotBelong_isRefusedWith400() {
    assertRefused(
        400,
        "application/json",
        "{\"type\":\"skipTopic\",\"id\":2,\"reason\":\"late\"}",
        "\"skipTopic\" takes no field \"reason\"");
  }

  @Test
  void aSkipOfATopicThatIsNoNumber_isRefusedWith400() {
    assertRefused(
        400,
        "application/json",
        "{\"type\":\"skipTopic\",\"id\":\"2 or 1=1\"}",
        "a topic \"id\" is a positive whole number");
  }

  @Test
  void anEndedSessionWithTrailingGarbage_isRefusedWith400() {
    server.command("{\"type\":\"startTopic\"}");

    assertRefused(
        400, "application/json", "{\"type\":\"endSession\"} xyz", "the body is not valid JSON");
    assertEquals("presentation", server.phase(), "the topic still runs");
  }

  @Test
  void aSkipThatIsAlsoAnEndedSession_isRefusedWith400() {
    server.command("{\"type\":\"startTopic\"}");

    assertRefused(
        400,
        "application/json",
        "{\"type\":\"skipTopic\",\"type\":\"endSession\"}",
        "the body is not valid JSON: Duplicate field 'type'");
    assertEquals("presentation", server.phase(), "the topic still runs");
  }

  @Test
  void anEndedSessionWithAField_isRefusedWith400() {
    assertRefused(
        400,
        "application/json",
        "{\"type\":\"endSession\",\"session\":2}",
        "\"endSession\" takes no field \"session\"");
  }

  @Test
  void anEndedSessionAsJsonp_isRefusedWith415() {
    assertRefused(
        415,
        "application/jsonp",
        "{\"type\":\"endSession\"}",
        "send the command as application/json, not application/jsonp");
  }

  @Test
  void jsonp_isRefusedWith415() {
    assertRefused(
        415,
        "application/jsonp",
        "{\"type\":\"startTopic\"}",
        "send the command as application/json, not application/jsonp");
  }

  @Test
  void aJsonLookalikeType_isRefusedWith415() {
    assertRefused(
        415, "application/json-patch+json", "{\"type\":\"startTopic\"}", "send the command as");
  }

  @Test
  void aFormPost_isRefusedWith415() {
    assertRefused(
        415, "application/x-www-form-urlencoded", "type=startTopic", "send the command as");
  }

  @Test
  void aCharsetOtherThanUtf8_isRefusedWith415() {
    assertRefused(
        415,
        "application/json; charset=iso-8859-1",
        "{\"type\":\"startTopic\"}",
        "send the command as");
  }

  @Test
  void noContentType_isRefusedWith415() {
    HttpResponse<String> answer =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/rooms/networking/commands"))
                .header("Authorization", "Bearer " + server.moderatorKey())
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"startTopic\"}"))
                .build());

    assertEquals(415, answer.statusCode());
    assertEquals(
        "send the command with \"Content-Type: application/json\"",
        TestServer.json(answer.body()).get("error").asText());
    assertEquals(0, server.state().get("seq").asInt());
  }

  @Test
  void jsonWithUtf8Named_isTaken() {
    HttpResponse<String> answer =
        post("application/json; charset=UTF-8", "{\"type\":\"startTopic\"}");

    assertEquals(200, answer.statusCode(), answer.body());
  }

  @Test
  void anEmptyBody_isRefusedWith400() {
    assertRefused(400, "application/json", "", "the body is empty");
  }

  @Test
  void anArrayOfCommands_isRefusedWith400() {
    assertRefused(
        400, "application/json", "[{\"type\":\"startTopic\"}]", "a command is a JSON object");
  }

  @Test
  void deeplyNestedJson_isRefusedWith400() {
    assertRefused(
        400,
        "application/json",
        "{\"type\":" + "[".repeat(1000) + "]".repeat(1000) + "}",
        "nesting depth");
  }

  @Test
  void aHugeNumber_isRefusedWith400() {
    assertRefused(
        400,
        "application/json",
        "{\"type\":\"addTime\",\"seconds\":" + "9".repeat(1000) + "}",
        "the body is not valid JSON");
  }

  @Test
  void aBodyOver32KiB_isRefusedWith413() {
    HttpResponse<String> answer =
        post("application/json", "{\"type\":\"note\",\"text\":\"" + "x".repeat(33 * 1024) + "\"}");

    assertEquals(413, answer.statusCode());
    assertEquals(0, server.state().get("seq").asInt());
  }

  private void assertRefused(int status, String contentType, String body, String error) {
    long before = server.state().get("seq").asLong();

    HttpResponse<String> answer = post(contentType, body);

    assertEquals(status, answer.statusCode(), answer.body());
    String said = TestServer.json(answer.body()).get("error").asText();
    assertTrue(said.startsWith(error) || said.contains(error), said);
    assertEquals(before, server.state().get("seq").asLong(), "nothing changed");
  }

  private HttpResponse<String> post(String contentType, String body) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.base() + "/api/rooms/networking/commands"))
            .header("Authorization", "Bearer " + server.moderatorKey())
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }
}
