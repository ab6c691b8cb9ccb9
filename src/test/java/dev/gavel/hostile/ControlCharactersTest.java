package dev.gavel.hostile;

import static dev.gavel.testing.Commands.cutOff;
import static dev.gavel.testing.Commands.note;
import static dev.gavel.testing.Commands.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Invisible characters a careless paste or a stranger sends, in what the room and the forms take:
 * control characters, terminal escapes, direction overrides, line breaks where a line is wanted.
 * Each is refused with a message that says what is wrong, and nothing changes.
 */
class ControlCharactersTest extends ServerTest {

  private static final String EVENT = "/organise/events/lpc2015";

  @Test
  void cutOffReason_withABellAndATerminalEscape_isRefused() {
    server.command("{\"type\":\"startTopic\"}");

    assertRefusedAndUnchanged(
        cutOff("pitch\u0007\u001B[2J"),
        "a cut-off reason contains an invisible control character (U+0007)");
  }

  @Test
  void cutOffReason_withARightToLeftOverride_isRefused() {
    server.command("{\"type\":\"startTopic\"}");

    assertRefusedAndUnchanged(
        cutOff("sales \u202Ehctip"),
        "a cut-off reason contains an invisible direction override (U+202E)");
  }

  @Test
  void cutOffReason_onTwoLines_isRefused() {
    server.command("{\"type\":\"startTopic\"}");

    assertRefusedAndUnchanged(
        cutOff("product\npitch"), "a cut-off reason contains a line break; it is one line");
  }

  @Test
  void note_withATerminalEscape_isRefused() {
    server.command("{\"type\":\"startTopic\"}");

    assertRefusedAndUnchanged(
        note("\u001B]8;;http://evil.example\u0007click\u001B]8;;\u0007"),
        "a note contains an invisible control character (U+001B)");
  }

  @Test
  void note_withANulCharacter_isRefused() {
    server.command("{\"type\":\"startTopic\"}");

    assertRefusedAndUnchanged(
        note("before\u0000after"), "a note contains an invisible control character (U+0000)");
  }

  @Test
  void correctNote_withAControlCharacter_isRefusedAndTheLineStays() {
    server.command("{\"type\":\"startTopic\"}");
    assertEquals(200, server.command(note("VRF as an L3 master")).statusCode());
    long line = seq();

    assertRefusedAndUnchanged(
        "{\"type\":\"correctNote\",\"note\":" + line + ",\"text\":" + quoted("VRF\u0008") + "}",
        "a note contains an invisible control character (U+0008)");
    assertTrue(server.get("/api/sessions/1/notes.md").body().contains("- VRF as an L3 master"));
  }

  @Test
  void socketCutOff_withAControlCharacter_isRefusedOverTheSocketToo() {
    server.command("{\"type\":\"startTopic\"}");
    long before = seq();
    try (LiveClient moderator = server.moderator()) {
      moderator.next("snapshot");

      moderator.command("c1", cutOff("\u0007"));
      JsonNode answer = moderator.answer("c1");

      assertEquals("refused", answer.get("type").asText());
      assertEquals(
          "a cut-off reason contains an invisible control character (U+0007)",
          answer.get("reason").asText());
    }
    assertEquals(before, seq());
    assertFalse(server.state().get("cutOff").asBoolean());
  }

  @Test
  void proposalTitle_withAControlCharacter_isRefusedBesideTheField() {
    HttpResponse<String> page =
        server.form(
            null,
            "/sessions/1/propose",
            Map.of("title", "Sneaky\u0007 title", "presenters", "Mallory"));

    assertEquals(422, page.statusCode());
    assertTrue(page.body().contains("The title contains an invisible control character (U+0007)."));
    assertFalse(server.form(TestServer.ORGANISER_SECRET, EVENT, null).body().contains("Sneaky"));
  }

  @Test
  void proposalPresenter_withADirectionOverride_isRefused() {
    HttpResponse<String> page =
        server.form(
            null,
            "/sessions/1/propose",
            Map.of("title", "Sneaky presenter", "presenters", "Ana\nMallory \u202Eroot"));

    assertEquals(422, page.statusCode());
    assertTrue(
        page.body()
            .contains("One of the presenters contains an invisible direction override (U+202E)."),
        page.body());
    assertFalse(server.form(TestServer.ORGANISER_SECRET, EVENT, null).body().contains("Sneaky"));
  }

  @Test
  void signUpName_withADirectionOverride_isRefused() {
    HttpResponse<String> page =
        server.form(null, "/sessions/1/attend", Map.of("name", "Eve \u202Enimda", "area", "BPF"));

    assertEquals(422, page.statusCode());
    assertTrue(
        page.body().contains("Your name contains an invisible direction override (U+202E)."));
    assertFalse(server.get("/events/lpc2015").body().contains("nimda"));
  }

  @Test
  void topicTitle_withALineBreak_isRefused() {
    int topics = server.state().get("agenda").size();

    HttpResponse<String> page =
        server.form(
            TestServer.ORGANISER_SECRET,
            EVENT + "/sessions/1/topics",
            Map.of("title", "One\r\n====== Two", "presenters", "Ana", "budget", "10"));

    assertEquals(422, page.statusCode());
    assertTrue(page.body().contains("The title contains a line break; it is one line."));
    assertEquals(topics, server.state().get("agenda").size());
  }

  @Test
  void roomName_withATab_isRefused() {
    int rooms = TestServer.json(server.get("/api/rooms").body()).size();

    HttpResponse<String> page =
        server.form(
            TestServer.ORGANISER_SECRET,
            EVENT + "/rooms",
            Map.of("slug", "room-b", "name", "Room\tB"));

    assertEquals(422, page.statusCode());
    assertTrue(
        page.body().contains("The room&#39;s name contains a tab; use spaces."), page.body());
    assertEquals(rooms, TestServer.json(server.get("/api/rooms").body()).size());
  }

  @Test
  void anAbstractOnSeveralLines_isStillWelcome() {
    HttpResponse<String> page =
        server.form(
            null,
            "/sessions/1/propose",
            Map.of(
                "title",
                "Multi-line abstract",
                "presenters",
                "Ana",
                "abstract",
                "First paragraph.\r\n\r\n\tSecond, indented."));

    assertEquals(303, page.statusCode(), page.body());
  }

  // ---- helpers ----------------------------------------------------------------------------

  private void assertRefusedAndUnchanged(String command, String reason) {
    JsonNode before = server.state();

    HttpResponse<String> answer = server.command(command);

    assertEquals(409, answer.statusCode(), answer.body());
    assertEquals(reason, TestServer.json(answer.body()).get("error").asText());
    JsonNode after = server.state();
    assertEquals(before.get("seq"), after.get("seq"), "nothing was logged");
    assertEquals(before.get("cutOff"), after.get("cutOff"));
  }

  private long seq() {
    return server.state().get("seq").asLong();
  }
}
