package dev.gavel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.testing.DokuWikiLexer;
import dev.gavel.testing.DokuWikiLexer.Kind;
import dev.gavel.testing.DokuWikiLexer.Token;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * What a stranger, a careless paste or an operator's slip sends, one named case per input: each is
 * refused with a message that says what is wrong, and nothing changes; or, for exports, whatever
 * got in comes out as text and never as markup.
 */
class HostileInputTest extends ServerTest {

  private static final String EVENT = "/organise/events/lpc2015";
  private static final ObjectMapper JSON = new ObjectMapper();

  // ---- the room: cut-off reasons and notes ------------------------------------------------

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

  // ---- forms: titles and names ------------------------------------------------------------

  @Test
  void proposalTitle_withAControlCharacter_isRefusedBesideTheField() {
    HttpResponse<String> page =
        form(
            null,
            "/sessions/1/propose",
            Map.of("title", "Sneaky\u0007 title", "presenters", "Mallory"));

    assertEquals(422, page.statusCode());
    assertTrue(page.body().contains("The title contains an invisible control character (U+0007)."));
    assertFalse(form(TestServer.ORGANISER_SECRET, EVENT, null).body().contains("Sneaky"));
  }

  @Test
  void proposalPresenter_withADirectionOverride_isRefused() {
    HttpResponse<String> page =
        form(
            null,
            "/sessions/1/propose",
            Map.of("title", "Sneaky presenter", "presenters", "Ana\nMallory \u202Eroot"));

    assertEquals(422, page.statusCode());
    assertTrue(
        page.body()
            .contains("One of the presenters contains an invisible direction override (U+202E)."),
        page.body());
    assertFalse(form(TestServer.ORGANISER_SECRET, EVENT, null).body().contains("Sneaky"));
  }

  @Test
  void signUpName_withADirectionOverride_isRefused() {
    HttpResponse<String> page =
        form(null, "/sessions/1/attend", Map.of("name", "Eve \u202Enimda", "area", "BPF"));

    assertEquals(422, page.statusCode());
    assertTrue(
        page.body().contains("Your name contains an invisible direction override (U+202E)."));
    assertFalse(server.get("/events/lpc2015").body().contains("nimda"));
  }

  @Test
  void topicTitle_withALineBreak_isRefused() {
    int topics = server.state().get("agenda").size();

    HttpResponse<String> page =
        form(
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
        form(
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
        form(
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

  // ---- exports ----------------------------------------------------------------------------

  @Test
  void dokuWikiExport_ofHostileTitlesNamesReasonsAndNotes_holdsOnlyGavelsOwnMarkup() {
    runAHostileTopic();

    String wiki = server.get("/api/sessions/1/notes.txt").body();

    List<Token> markup = DokuWikiLexer.markup(wiki);
    Set<Kind> kinds = markup.stream().map(Token::kind).collect(Collectors.toSet());
    assertEquals(Set.of(Kind.HEADER, Kind.FORMATTING, Kind.LINEBREAK, Kind.INTERNAL_LINK), kinds);
    assertEquals(
        List.of(new Token(Kind.INTERNAL_LINK, "[[https://lwn.net/Articles/|LWN ] ]{ {x.png}}]]")),
        markup.stream().filter(token -> token.kind() == Kind.INTERNAL_LINK).toList());
    assertEquals(
        15,
        markup.stream().filter(token -> token.kind() == Kind.HEADER).count(),
        "the session's heading and one per topic, none injected");
    assertTrue(
        markup.contains(
            new Token(
                Kind.HEADER,
                "===== <script>alert(1)</script> ]] {{http://evil.example/pixel.png}} ~~NOTOC~~"
                    + " == %% =====")),
        "the title is the heading's text, whole: " + markup);
    String text = DokuWikiLexer.text(wiki);
    for (String typed :
        List.of(
            "<img src=x onerror=alert(2)>, [[evil]] <nowiki>",
            "{{rss>http://evil.example/feed}}",
            "((footnote)) <html>x</html>",
            "<b onmouseover=alert(3)>pitch</b> [[http://evil.example|x]]")) {
      assertTrue(text.contains(typed), typed + " is text in " + text);
    }
  }

  @Test
  void dokuWikiExport_keepsOnlyWebAndMailLinks() {
    server.command("{\"type\":\"startTopic\"}");
    for (String target : List.of("javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;x")) {
      server.command(note("[click](" + target + ")"));
    }
    server.command(note("[list](mailto:netdev@vger.kernel.org)"));

    String wiki = server.get("/api/sessions/1/notes.txt").body();

    assertEquals(
        List.of(new Token(Kind.INTERNAL_LINK, "[[netdev@vger.kernel.org|list]]")),
        DokuWikiLexer.markup(wiki).stream()
            .filter(token -> token.kind() == Kind.INTERNAL_LINK)
            .toList());
    assertFalse(
        wiki.contains("javascript:") || wiki.contains("vbscript:") || wiki.contains("data:"));
  }

  @Test
  void markdownExport_ofHostileTitlesNamesReasonsAndNotes_rendersAsText() {
    runAHostileTopic();

    String markdown = server.get("/api/sessions/1/notes.md").body();
    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));

    for (String tag : List.of("<script", "<img", "<b ", "<iframe", "<svg")) {
      assertFalse(html.contains(tag), tag + " in " + html);
    }
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), html);
    assertTrue(html.contains("&lt;b onmouseover=alert(3)&gt;pitch&lt;/b&gt;"), html);
  }

  /** Topic 1 renamed and run with markup in every field a person types. */
  private void runAHostileTopic() {
    HttpResponse<String> edited =
        form(
            TestServer.ORGANISER_SECRET,
            EVENT + "/topics/1",
            Map.of(
                "title",
                "<script>alert(1)</script> ]] {{http://evil.example/pixel.png}} ~~NOTOC~~ == %%",
                "presenters",
                "<img src=x onerror=alert(2)>\n[[evil]] <nowiki>",
                "category",
                "{{rss>http://evil.example/feed}}",
                "budget",
                "15"));
    assertEquals(303, edited.statusCode(), edited.body());
    server.command("{\"type\":\"startTopic\",\"id\":1}");
    server.command(note("<iframe src=//evil.example></iframe> ((footnote)) <html>x</html>"));
    server.command(note("[LWN \\]\\]{{x.png}}](https://lwn.net/Articles/) and <svg onload=x>"));
    server.command(cutOff("<b onmouseover=alert(3)>pitch</b> [[http://evil.example|x]]"));
    server.command("{\"type\":\"endTopic\"}");
  }

  // ---- the command line -------------------------------------------------------------------

  @Test
  void publicUrl_withAJavascriptScheme_isRefused() {
    assertStartRefused(
        List.of("--public-url", "javascript:alert(1)"),
        Map.of(),
        "--public-url must be a web address starting with http:// or https://, such as"
            + " https://gavel.example.org, not \"javascript:alert(1)\".");
  }

  @Test
  void publicUrl_withoutAHost_isRefused() {
    assertStartRefused(
        List.of("--public-url", "https://"),
        Map.of(),
        "--public-url must be a web address starting with http:// or https://, such as"
            + " https://gavel.example.org, not \"https://\".");
  }

  @Test
  void publicUrl_withAPasswordInIt_isRefused() {
    assertStartRefused(
        List.of("--public-url", "https://admin:hunter2@gavel.example.org"),
        Map.of(),
        "--public-url must be a web address starting with http:// or https://, such as"
            + " https://gavel.example.org, not \"https://admin:hunter2@gavel.example.org\".");
  }

  @Test
  void adminSecret_thatIsBlank_isRefused() {
    assertStartRefused(
        List.of(),
        Map.of("GAVEL_ADMIN_SECRET", "   "),
        "GAVEL_ADMIN_SECRET is too short to guard the rooms: use 16 characters or more, or unset"
            + " it and Gavel makes a secret.");
  }

  @Test
  void port_negative_isRefused() {
    assertStartRefused(
        List.of("--port", "-1"), Map.of(), "--port must be a number from 0 to 65535, not -1.");
  }

  @Test
  void data_pointingAtADevice_isRefused() {
    assertStartRefused(
        List.of("--data", "/dev/null"),
        Map.of(),
        "The data folder /dev/null is a file, not a folder. Point --data at the folder that holds"
            + " gavel.db (it is created if missing).");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private void assertStartRefused(List<String> options, Map<String, String> env, String said) {
    Path folder = data.resolve("another");
    List<String> args = new ArrayList<>(options);
    Map<String, String> defaults =
        Map.of("--host", "127.0.0.1", "--port", "0", "--data", folder.toString());
    defaults.forEach(
        (option, value) -> {
          if (!options.contains(option)) {
            args.addAll(List.of(option, value));
          }
        });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    Main.Launch launch =
        Main.launch(
            args.toArray(String[]::new),
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(new Main.Launch.Finished(1), launch);
    assertEquals(said + "\n", err.toString(StandardCharsets.UTF_8));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertFalse(Files.exists(folder), "nothing written");
  }

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

  private static String cutOff(String reason) {
    return "{\"type\":\"cutOff\",\"reason\":" + quoted(reason) + "}";
  }

  private static String note(String text) {
    return "{\"type\":\"note\",\"text\":" + quoted(text) + "}";
  }

  private static String quoted(String text) {
    return JSON.valueToTree(text).toString();
  }

  /** A form as a browser sends it (a GET when {@code fields} is null), with a secret or none. */
  private HttpResponse<String> form(String secret, String path, Map<String, String> fields) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.base() + path)).header("Origin", server.base());
    if (secret != null) {
      request.header("Authorization", "Bearer " + secret);
    }
    if (fields == null) {
      return server.send(request.GET().build());
    }
    String body =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return server.send(
        request
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }
}
