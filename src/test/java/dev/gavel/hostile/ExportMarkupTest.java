package dev.gavel.hostile;

import static dev.gavel.testing.Commands.cutOff;
import static dev.gavel.testing.Commands.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.DokuWikiLexer;
import dev.gavel.testing.DokuWikiLexer.Kind;
import dev.gavel.testing.DokuWikiLexer.Token;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * Markup in every field of the notes' exports, read back as the tools that take them read them
 * (DokuWiki's lexer, a Markdown renderer that lets HTML through): whatever got in comes out as
 * text, and only Gavel's own markup is markup.
 */
class ExportMarkupTest extends ServerTest {

  private static final String EVENT = "/organise/events/lpc2015";

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
        server.form(
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
}
