package dev.gavel.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * The Markdown export read back by a renderer that lets raw HTML through, as many wikis and forges
 * do (commonmark's default): what was typed shows as text, and a note's own Markdown still works.
 */
class MarkdownExportTest {

  /** HTML as a permissive renderer makes it from the exported Markdown. */
  private static String rendered(String markdown) {
    return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)).strip();
  }

  @Test
  void rawHtmlInANote_showsAsText() {
    for (String note :
        List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(3)>",
            "before <b onmouseover=alert(4)>bold</b> after",
            "<div>\n# not a heading\n<iframe src=//evil.example>\n</div>",
            "\"><svg onload=alert(5)>",
            "<!-- hidden --> shown")) {
      String html = rendered(MarkdownExport.note(note));

      assertFalse(html.matches("(?s).*<(?!/?p>|br />).*"), html);
    }
    assertEquals(
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        rendered(MarkdownExport.note("<script>alert(1)</script>")));
  }

  @Test
  void aNoteKeepsItsOwnMarkdown() {
    assertEquals(
        "Use **VRF** with `ip link`, see [LWN](https://lwn.net/)",
        MarkdownExport.note("Use **VRF** with `ip link`, see [LWN](https://lwn.net/)"));
  }

  @Test
  void linksToAnythingButTheWebAndMail_becomeTheirWords() {
    for (String target :
        List.of(
            "javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)",
            "file:///etc/passwd")) {
      assertEquals(
          "<p>click <em>me</em></p>",
          rendered(MarkdownExport.note("[click *me*](" + target + ")")),
          target);
    }
    assertEquals(
        "<p><a href=\"mailto:netdev@vger.kernel.org\">the list</a></p>",
        rendered(MarkdownExport.note("[the list](mailto:netdev@vger.kernel.org)")));
  }

  @Test
  void anImage_isALinkThatLoadsNothing() {
    assertEquals(
        "<p><a href=\"https://example.org/pixel.png\">tracker</a></p>",
        rendered(MarkdownExport.note("![tracker](https://example.org/pixel.png)")));
  }

  @Test
  void titlesNamesAndReasons_areShownAsTyped() {
    for (String typed :
        List.of(
            "<b>Bold</b> & <script>alert(1)</script>",
            "*not emphasis* _nor this_ `nor code`",
            "[not a link](javascript:alert(1)) ![nor an image](x.png)",
            "# not a heading",
            "- not a list",
            "+ nor this",
            "1. nor this",
            "2) nor this",
            "> not a quote",
            "=== not an underline",
            "&amp; stays as typed",
            "a \\ backslash",
            "~~not struck~~ | not | a table |")) {
      assertEquals(
          "<p>" + escaped(typed) + "</p>",
          rendered("intro\n\n" + MarkdownExport.text(typed)).replaceFirst("^<p>intro</p>\\s*", ""),
          typed);
    }
  }

  @Test
  void aTitleOnSeveralLines_isOneLine() {
    assertEquals("one two three", MarkdownExport.text("one\ntwo\r\nthree"));
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
