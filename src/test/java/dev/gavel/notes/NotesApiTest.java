package dev.gavel.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Notes written over the socket and the API, read back from every page and export. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NotesApiTest extends ServerTest {

  private static String quoted(String text) {
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(text).toString();
  }

  @Test
  void aNoteTaker_writesNotesButCannotRunTheRoom() {
    server.command("{\"type\":\"startTopic\"}");

    HttpResponse<String> note =
        server.command("{\"type\":\"note\",\"text\":\"VRF as an L3 master\"}", server.notesKey());
    HttpResponse<String> slide = server.command("{\"type\":\"nextSlide\"}", server.notesKey());

    assertEquals(200, note.statusCode());
    assertEquals(403, slide.statusCode());
    assertEquals(
        "the note-taker's link can only write notes: the moderator runs the room",
        TestServer.json(slide.body()).get("error").asText());
    assertEquals(1, server.state().get("slide").asInt());
  }

  @Test
  void aNoteTakersSocket_writesCorrectsAndStrikes() {
    server.command("{\"type\":\"startTopic\"}");
    try (LiveClient writer = LiveClient.connect(server.socket(server.notesKey()));
        LiveClient viewer = server.viewer()) {
      assertEquals("noteTaker", writer.next("snapshot").get("role").asText());
      viewer.next("snapshot");

      writer.command("n1", "{\"type\":\"note\",\"text\":\"Use **SO_BINDTODEVICE**\"}");
      JsonNode written = viewer.next("event");
      assertEquals("Use <strong>SO_BINDTODEVICE</strong>", written.at("/note/html").asText());
      long seq = written.get("seq").asLong();

      writer.command(
          "n2",
          "{\"type\":\"correctNote\",\"note\":"
              + seq
              + ",\"version\":"
              + seq
              + ",\"text\":\"Use **SO_BINDTODEVICE** or VRF\"}");
      assertEquals(
          "Use <strong>SO_BINDTODEVICE</strong> or VRF",
          viewer.next("event").at("/note/html").asText());
      writer.command("n3", "{\"type\":\"strikeNote\",\"note\":" + seq + "}");
      assertTrue(viewer.next("event").at("/note/struck").asBoolean());

      writer.command("n4", "{\"type\":\"endTopic\"}");
      assertEquals(
          "the note-taker's link can only write notes: the moderator runs the room",
          writer.answer("n4").get("reason").asText());
    }
  }

  @Test
  void theNotesPage_showsEachTopicWithItsTimesSlidesCutOffAndNotes() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"nextSlide\"}");
    server.command("{\"type\":\"note\",\"text\":\"Socket API: use *SO_BINDTODEVICE*\"}");
    server.command("{\"type\":\"cutOff\",\"reason\":\"product pitch\"}");
    server.command("{\"type\":\"endTopic\"}");

    HttpResponse<String> page = server.get("/sessions/1/notes");

    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("<h2>A new VRF proposal</h2>"));
    assertTrue(html.contains("Shrijeet Mukherjee"));
    assertTrue(html.contains("15 min (presentation at most 5 min)"));
    assertTrue(html.contains("2 of 3"));
    assertTrue(html.contains("product pitch"));
    assertTrue(html.contains("Socket API: use <em>SO_BINDTODEVICE</em>"));
    assertTrue(html.contains("<dt>Ran</dt><dd>not run</dd>"), "topics not run say so");
  }

  @Test
  void hostileNotes_areStoredFaithfullyAndNeverBecomeMarkup() {
    server.command("{\"type\":\"startTopic\"}");
    String[] hostile = {
      "<script>alert(1)</script>",
      "[click me](javascript:alert(2))",
      "<img src=x onerror=alert(3)>",
      "\"><svg onload=alert(4)>",
      "שלום \u200B\u202Eevil",
      "x".repeat(4000),
    };
    for (String text : hostile) {
      assertEquals(
          200,
          server.command("{\"type\":\"note\",\"text\":" + quoted(text) + "}").statusCode(),
          text);
    }

    String page = server.get("/sessions/1/notes").body();
    String markdown = server.get("/api/sessions/1/notes.md").body();
    JsonNode log = TestServer.json(server.get("/api/sessions/1/log.json").body());

    assertFalse(page.contains("<script>alert"));
    assertFalse(page.contains("<img"));
    assertFalse(page.contains("<svg"));
    assertFalse(page.contains("javascript:"));
    // Rendered as a wiki or forge that lets raw HTML through would render it: text, not tags.
    String rendered =
        HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    assertFalse(rendered.contains("<script"), rendered);
    assertFalse(rendered.contains("<img"), rendered);
    assertFalse(rendered.contains("<svg"), rendered);
    assertFalse(rendered.contains("javascript:"), rendered);
    assertTrue(rendered.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), rendered);
    assertTrue(rendered.contains("&lt;img src=x onerror=alert(3)&gt;"), rendered);
    assertTrue(rendered.contains("click me"), rendered);
    assertTrue(rendered.contains(hostile[4]), "right-to-left text stays as written");
    assertTrue(rendered.contains(hostile[5]), "the longest note is exported whole");
    assertEquals(hostile[0], log.at("/events/1/event/text").asText());
    assertEquals(hostile[4], log.at("/events/5/event/text").asText());
  }

  @Test
  void aNoteOverTheLimit_isRefusedWithTheLimit() {
    server.command("{\"type\":\"startTopic\"}");

    HttpResponse<String> tooLong =
        server.command("{\"type\":\"note\",\"text\":\"" + "x".repeat(4001) + "\"}");
    HttpResponse<String> megabyte =
        server.command("{\"type\":\"note\",\"text\":\"" + "x".repeat(1 << 20) + "\"}");

    assertEquals(409, tooLong.statusCode());
    assertEquals(
        "a note is at most 4000 characters", TestServer.json(tooLong.body()).get("error").asText());
    assertEquals(413, megabyte.statusCode());
    assertEquals(1, server.state().get("seq").asLong());
  }

  @Test
  void theNotes_exportAsMarkdownDokuWikiHtml_andTheLogAsJson() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"note\",\"text\":\"Use **VRF** with `ip link`\"}");
    server.command("{\"type\":\"endTopic\"}");

    String markdown = server.get("/api/sessions/1/notes.md").body();
    String wiki = server.get("/api/sessions/1/notes.txt").body();
    HttpResponse<String> html = server.get("/api/sessions/1/notes.html");
    JsonNode log = TestServer.json(server.get("/api/sessions/1/log.json").body());

    assertTrue(markdown.startsWith("# Networking — discussion notes"));
    assertTrue(markdown.contains("## A new VRF proposal"));
    assertTrue(markdown.contains("- Use **VRF** with `ip link`"));
    assertTrue(wiki.startsWith("====== Networking — discussion notes ======"));
    assertTrue(wiki.contains("===== A new VRF proposal ====="));
    assertTrue(wiki.contains("  * Use **VRF** with ''ip link''"));
    assertTrue(html.body().contains("<style>"));
    assertEquals(
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'",
        html.headers().firstValue("Content-Security-Policy").orElseThrow());
    assertEquals(List.of("topicStarted", "noteWritten", "topicEnded"), types(log));
  }

  @Test
  void theSessionLogAndReport_arePages() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"nextSlide\"}");
    server.command("{\"type\":\"nextSlide\"}");
    server.command("{\"type\":\"nextSlide\"}");

    String log = server.get("/sessions/1/log").body();
    String report = server.get("/sessions/1/report").body();
    HttpResponse<String> svg = server.get("/sessions/1/report.svg");

    assertTrue(log.contains("Slide 4 refused: the limit is 3"));
    assertTrue(report.contains("Topics run</dt><dd>1 of 14"));
    assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(svg.body().contains("A new VRF proposal"));
  }

  @Test
  void aControlCharacterInACutOffReason_isRefusedAndTheTimelineStaysWellFormedXml()
      throws Exception {
    server.command("{\"type\":\"startTopic\"}");
    HttpResponse<String> refused =
        server.command("{\"type\":\"cutOff\",\"reason\":\"a pitch\\u0007\\u001b\\ufffe!\"}");
    assertEquals(409, refused.statusCode());
    assertTrue(refused.body().contains("U+0007"), refused.body());

    String svg = server.get("/sessions/1/report.svg").body();

    var parsed =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    // The refused cut-off left nothing behind: its reason is nowhere in the picture.
    assertFalse(parsed.getDocumentElement().getTextContent().contains("a pitch"));
  }

  @Test
  void theWholeEventsNotes_comeAsOneArchive() throws IOException, InterruptedException {
    server.command("{\"type\":\"note\",\"text\":\"Welcome: three slides each\"}");

    HttpResponse<byte[]> zip =
        server
            .http()
            .send(
                HttpRequest.newBuilder(URI.create(server.base() + "/api/events/lpc2015/notes.zip"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        if (entry.getName().endsWith(".md")) {
          assertTrue(
              new String(in.readAllBytes(), StandardCharsets.UTF_8)
                  .contains("- Welcome: three slides each"));
        }
      }
    }
    assertEquals(
        List.of("networking/session-1.md", "networking/session-1.txt", "networking/session-1.html"),
        names);
    assertEquals(404, server.get("/api/events/nowhere/notes.zip").statusCode());
    assertEquals(404, server.get("/sessions/99/notes").statusCode());
  }

  private static List<String> types(JsonNode log) {
    List<String> types = new ArrayList<>();
    log.get("events").forEach(event -> types.add(event.get("type").asText()));
    return types;
  }
}
