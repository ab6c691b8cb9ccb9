package dev.gavel.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Who wrote and corrected each line is kept with it and shown on the notes page and in the log; a
 * struck line is taken back everywhere the public reads: its words are on no page and in no export.
 */
class NoteWritersTest extends ServerTest {

  private long sessionId() {
    return server.state().at("/session/id").asLong();
  }

  private long note(String text, String by) {
    HttpResponse<String> answer =
        server.command(
            "{\"type\":\"note\",\"text\":\"" + text + "\",\"by\":\"" + by + "\"}",
            server.notesKey());
    assertEquals(200, answer.statusCode(), answer.body());
    return TestServer.json(answer.body()).get("seq").asLong();
  }

  @Test
  void theWriterAndTheCorrectorOfALine_areOnTheNotesPageAndInTheLog() {
    server.command("{\"type\":\"startTopic\"}");
    long seq = note("VRF as an L3 master", "Ana López");
    HttpResponse<String> corrected =
        server.command(
            "{\"type\":\"correctNote\",\"note\":"
                + seq
                + ",\"text\":\"VRF as an L3 master device\",\"by\":\"Βασίλης\"}",
            server.notesKey());
    assertEquals(200, corrected.statusCode());

    String notes = server.get("/sessions/" + sessionId() + "/notes").body();
    String log = server.get("/sessions/" + sessionId() + "/log").body();

    assertTrue(notes.contains("<span class=\"by\" dir=\"auto\">Ana López</span>"), notes);
    assertTrue(notes.contains("by <span dir=\"auto\">Βασίλης</span></span>"), notes);
    assertTrue(log.contains("Note by Ana López: VRF as an L3 master"), log);
    assertTrue(log.contains("Note " + seq + " corrected by Βασίλης: VRF as an L3 master device"));
  }

  @Test
  void aNoteTakersSocketName_isKeptWithTheLinesItWrites() {
    server.command("{\"type\":\"startTopic\"}");
    try (LiveClient writer = LiveClient.connect(server.socket(server.notesKey() + "&name=Ana"))) {
      writer.next("snapshot");

      writer.command("n1", "{\"type\":\"note\",\"text\":\"Use SO_BINDTODEVICE\"}");

      // The ack may come before the event it caused: the room answers before it fans out.
      JsonNode event = writer.nextOf("event");
      assertEquals("Ana", event.at("/event/by").asText());
      assertEquals("Ana", event.at("/note/by").asText());
    }
  }

  @Test
  void aNameWithALineBreak_isRefusedAndNothingIsWritten() {
    server.command("{\"type\":\"startTopic\"}");

    HttpResponse<String> answer =
        server.command("{\"type\":\"note\",\"text\":\"x\",\"by\":\"Ana\\nB\"}", server.notesKey());

    assertEquals(400, answer.statusCode());
    assertEquals(
        "a name contains a line break; it is one line",
        TestServer.json(answer.body()).get("error").asText());
    assertEquals(1, server.state().get("seq").asLong());
  }

  @Test
  void aStruckLinesWords_areOnNoPublicPageAndInNoExport() {
    server.command("{\"type\":\"startTopic\"}");
    long seq = note("Acme Cloud VRF, ask sales for a quote", "Ana");
    server.command(
        "{\"type\":\"correctNote\",\"note\":" + seq + ",\"text\":\"Acme Cloud VRF pricing\"}",
        server.notesKey());
    server.command("{\"type\":\"strikeNote\",\"note\":" + seq + "}", server.notesKey());
    note("Kept: VRF in the kernel", "Ana");
    long session = sessionId();

    for (String path :
        new String[] {
          "/sessions/" + session + "/log",
          "/sessions/" + session + "/notes",
          "/api/sessions/" + session + "/log.json",
          "/api/sessions/" + session + "/notes.md",
          "/api/sessions/" + session + "/notes.txt",
          "/api/sessions/" + session + "/notes.html"
        }) {
      String page = server.get(path).body();
      assertFalse(page.contains("Acme"), path + " still shows the struck words");
      assertTrue(page.contains("Kept: VRF in the kernel"), path + " lost a line it should show");
    }
    String log = server.get("/sessions/" + session + "/log").body();
    assertTrue(log.contains("Note " + seq + " (struck) by Ana"), log);
    assertTrue(log.contains("Note " + seq + " struck"), log);
  }

  @Test
  void aStruckLine_reachesTheScreensWithoutItsWords() {
    server.command("{\"type\":\"startTopic\"}");
    long seq = note("Acme Cloud VRF", "Ana");
    server.command("{\"type\":\"strikeNote\",\"note\":" + seq + "}", server.notesKey());

    try (LiveClient writer = LiveClient.connect(server.socket(server.notesKey()));
        LiveClient viewer = server.viewer()) {
      JsonNode line = writer.next("snapshot").at("/notes/0");
      JsonNode watched = viewer.next("snapshot");

      assertTrue(line.get("struck").asBoolean());
      assertEquals("", line.get("text").asText());
      assertEquals("", line.get("html").asText());
      assertEquals(0, watched.get("notes").size(), "a watching screen never shows a struck line");
      assertFalse(watched.toString().contains("Acme"), watched.toString());
    }
  }
}
