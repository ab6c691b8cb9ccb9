package dev.gavel.hostile;

import static dev.gavel.hostile.HostileProgramme.LIVE_MARKUP;
import static dev.gavel.hostile.HostileProgramme.SCRIPT;
import static dev.gavel.hostile.HostileProgramme.SKIPPED;
import static dev.gavel.hostile.HostileProgramme.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.DokuWikiLexer;
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
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Markup typed into every field (see {@link HostileProgramme}), read back on every page and in
 * every export: it is text everywhere, never markup, and every file stays well-formed. What the
 * browser makes of the live views is {@link HostileViewsTest}'s.
 */
class InjectionTest extends ServerTest {

  @BeforeEach
  void markupInEveryField() {
    HostileProgramme.typeIntoEveryField(server);
  }

  @Test
  void everyPage_showsTheMarkupAsText() {
    for (String path :
        List.of(
            "/events/lpc2015",
            "/sessions/1/propose",
            "/sessions/1/notes",
            "/sessions/1/log",
            "/sessions/1/report",
            "/organise/events/lpc2015",
            "/rooms/networking",
            "/rooms/networking/display",
            "/rooms/networking/moderate?key=" + server.moderatorKey(),
            "/rooms/networking/notes?key=" + server.notesKey(),
            "/api/sessions/1/notes.html")) {
      String page = organiser(path).body();
      assertNoLiveMarkup(path, page);
      assertTrue(
          page.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
              || page.contains("\\u003cscript>alert(1)\\u003c/script>"),
          path + " shows the title as text");
    }
  }

  @Test
  void theReportsPicture_isWellFormed_andHoldsTheMarkupAsText() throws Exception {
    String svg = server.get("/sessions/1/report.svg").body();

    Document picture = xml(svg);
    assertEquals(0, picture.getElementsByTagName("script").getLength());
    assertEquals(0, picture.getElementsByTagName("img").getLength());
    assertTrue(picture.getDocumentElement().getTextContent().contains("<script>alert(1)"));
    assertNoLiveMarkup("report.svg", svg);
  }

  @Test
  void theMarkdownExport_rendersAsText() {
    String markdown = server.get("/api/sessions/1/notes.md").body();
    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));

    assertNoLiveMarkup("notes.md rendered", html);
    assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), html);
  }

  @Test
  void theDokuWikiExport_holdsNoLinkMediaOrMacroOfTheText() {
    String wiki = server.get("/api/sessions/1/notes.txt").body();

    Set<DokuWikiLexer.Kind> kinds =
        DokuWikiLexer.markup(wiki).stream()
            .map(DokuWikiLexer.Token::kind)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            DokuWikiLexer.Kind.HEADER, DokuWikiLexer.Kind.FORMATTING, DokuWikiLexer.Kind.LINEBREAK),
        kinds,
        wiki);
  }

  @Test
  void theSessionLog_isJsonThatHoldsTheMarkupAsText() {
    JsonNode log = TestServer.json(server.get("/api/sessions/1/log.json").body());

    assertTrue(log.get("session").get("title").asText().startsWith(SCRIPT));
  }

  @Test
  void theSkippedTopic_isNamedAsTextInTheLogAndTheNotes() {
    String escaped = "&lt;b onmouseover=alert(4)&gt;bold&lt;/b&gt; &lt;svg onload=alert(5)&gt;";
    for (String path : List.of("/sessions/1/log", "/sessions/1/notes", "/sessions/1/report")) {
      String page = server.get(path).body();
      assertTrue(page.contains(escaped), path + " names the skipped topic as text");
      assertNoLiveMarkup(path, page);
    }
    JsonNode log = TestServer.json(server.get("/api/sessions/1/log.json").body());
    assertTrue(log.toString().contains("Topic skipped: " + SKIPPED), log.toString());
  }

  @Test
  void theNotesArchive_holdsNoLiveMarkup() throws IOException {
    HttpResponse<byte[]> zip =
        server
            .http()
            .sendAsync(
                HttpRequest.newBuilder(URI.create(server.base() + "/api/events/lpc2015/notes.zip"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray())
            .join();
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (entry.getName().endsWith(".html")) {
          assertNoLiveMarkup(entry.getName(), text);
        }
        entries++;
      }
    }
    assertEquals(3, entries);
  }

  @Test
  void theScheduleExports_areWellFormed_andHoldTheTitleAsText() throws Exception {
    Document frab = xml(server.get("/api/events/lpc2015/schedule.xml").body());
    assertTrue(texts(frab, "title").contains(TITLE), texts(frab, "title").toString());
    assertEquals(0, frab.getElementsByTagName("script").getLength());

    for (String json : List.of("schedule.json", "gavel.json")) {
      JsonNode read = TestServer.json(server.get("/api/events/lpc2015/" + json).body());
      assertTrue(read.toString().contains("alert(1)"), json);
    }

    String calendar = server.get("/api/events/lpc2015/schedule.ics").body();
    assertTrue(calendar.replace("\r\n ", "").contains("alert(1)"), calendar);
    for (String line : calendar.split("\r\n")) {
      assertFalse(line.startsWith("<"), "no line of the calendar starts as markup: " + line);
    }
  }

  private static List<String> texts(Document document, String element) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < document.getElementsByTagName(element).getLength(); i++) {
      texts.add(document.getElementsByTagName(element).item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void noExport_isASpreadsheet_whereAFormulaCouldRun() {
    for (String path :
        List.of(
            "/api/sessions/1/notes.md",
            "/api/sessions/1/notes.txt",
            "/api/sessions/1/notes.html",
            "/api/sessions/1/log.json",
            "/api/events/lpc2015/schedule.xml",
            "/api/events/lpc2015/schedule.json",
            "/api/events/lpc2015/schedule.ics",
            "/api/events/lpc2015/gavel.json")) {
      String type = server.get(path).headers().firstValue("Content-Type").orElseThrow();
      assertFalse(type.contains("csv") || type.contains("spreadsheet"), path + ": " + type);
    }
  }

  private HttpResponse<String> organiser(String path) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Authorization", "Bearer " + TestServer.ORGANISER_SECRET)
            .build());
  }

  private static void assertNoLiveMarkup(String where, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String markup : LIVE_MARKUP) {
      assertFalse(lower.contains(markup), where + " holds " + markup);
    }
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
