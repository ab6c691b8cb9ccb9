package dev.gavel.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gavel.testing.DokuWikiLexer;
import dev.gavel.testing.DokuWikiLexer.Kind;
import dev.gavel.testing.DokuWikiLexer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DokuWiki export read back by DokuWiki's own lexer rules, one mode at a time: whatever a note,
 * a title or a name holds, the only markup DokuWiki finds is the markup Gavel meant.
 */
class DokuWikiTest {

  /** A note as the export writes it: one list item on its own line. */
  private static String item(String note) {
    return "  * " + DokuWiki.inline(note) + "\n";
  }

  private static List<Token> markupOf(String note) {
    return DokuWikiLexer.markup(item(note));
  }

  @Test
  void links_aLabelWithClosingBracketsCannotEndTheLinkEarly() {
    String note = "[see \\]\\]{{http://evil.example/pixel.png}}\\[\\[start](https://lwn.net/)";

    List<Token> markup = markupOf(note);

    assertEquals(
        List.of(
            new Token(
                Kind.INTERNAL_LINK,
                "[[https://lwn.net/|see ] ]{ {http://evil.example/pixel.png}}[[start]]")),
        markup);
  }

  @Test
  void links_bracketsAroundALinkStayText() {
    String note = "[see ]]{{http://evil.example/pixel.png}}[[start](https://lwn.net/)";

    List<Token> markup = markupOf(note);

    assertEquals(List.of(new Token(Kind.INTERNAL_LINK, "[[https://lwn.net/|start]]")), markup);
    assertEquals("  * [see ]]{{http://evil.example/pixel.png}}[\n", DokuWikiLexer.text(item(note)));
  }

  @Test
  void links_aLabelThatIsAllAnImageStaysText() {
    List<Token> markup = markupOf("[{{http://evil.example/pixel.png}}](https://example.org/)");

    assertEquals(
        List.of(
            new Token(
                Kind.INTERNAL_LINK, "[[https://example.org/|{ {http://evil.example/pixel.png}}]]")),
        markup);
  }

  @Test
  void links_onlyHttpAndMailTargetsAreKept() {
    for (String target :
        List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "wiki:start",
            "relative/page")) {
      String line = item("[click me](<" + target + ">)");

      assertEquals(List.of(), DokuWikiLexer.markup(line), target);
      assertEquals("  * click me\n", DokuWikiLexer.text(line), target);
    }
  }

  @Test
  void links_aMailTargetBecomesDokuWikisMailLink() {
    assertEquals(
        List.of(new Token(Kind.INTERNAL_LINK, "[[netdev@vger.kernel.org|the list]]")),
        markupOf("[the list](mailto:netdev@vger.kernel.org)"));
    assertEquals(
        List.of(), markupOf("[odd](mailto:a@b.org?subject=]]{{x.png}})"), "an odd address is text");
  }

  @Test
  void links_aTargetCannotCloseOrSplitTheLink() {
    List<Token> markup = markupOf("[x](<https://e.org/a]]b|c{{d}} e>)");

    assertEquals(
        List.of(new Token(Kind.INTERNAL_LINK, "[[https://e.org/a%5D%5Db%7Cc%7B%7Bd%7D%7D%20e|x]]")),
        markup);
  }

  @Test
  void links_bareAddressesInTextAreNotLinked() {
    String note = "see www.example.org and http://example.org/x or someone@example.org";

    assertEquals(List.of(), markupOf(note));
    assertEquals("  * " + note + "\n", DokuWikiLexer.text(item(note)));
  }

  @Test
  void media_anImageInTextIsNotLoaded() {
    String note = "{{http://evil.example/pixel.png?nolink&600}} and {{rss>http://evil.example/}}";

    assertEquals(List.of(), markupOf(note));
    assertEquals("  * " + note + "\n", DokuWikiLexer.text(item(note)));
  }

  @Test
  void media_aMarkdownImageIsALinkNotAnImage() {
    assertEquals(
        List.of(new Token(Kind.INTERNAL_LINK, "[[https://example.org/pixel.png|tracker]]")),
        markupOf("![tracker](https://example.org/pixel.png)"));
  }

  @Test
  void macros_stayText() {
    String note = "~~NOTOC~~ ~~NOCACHE~~ ~~DISCUSSION~~";

    assertEquals(List.of(), markupOf(note));
    assertEquals("  * " + note + "\n", DokuWikiLexer.text(item(note)));
  }

  @Test
  void percentSigns_cannotCloseTheUnformattedTextEarly() {
    for (String note :
        List.of(
            "50%% done %%<html><script>alert(1)</script></html>%%",
            "%%", "%%%", "a%%", "100%", "%%{{x.png}}%%")) {
      assertEquals(List.of(), markupOf(note), note);
      assertEquals("  * " + note + "\n", DokuWikiLexer.text(item(note)), note);
    }
  }

  @Test
  void nowiki_cannotCloseTheUnformattedTextEarly() {
    String note = "</nowiki>{{http://evil.example/x.png}}<nowiki>[[x]]</nowiki>";

    assertEquals(List.of(), markupOf(note));
    assertEquals("  * " + note + "\n", DokuWikiLexer.text(item(note)));
  }

  @Test
  void codeSpans_holdAnythingAsText() {
    String line = item("run `'' **x** %% {{y.png}} ''` now");

    List<Token> markup = DokuWikiLexer.markup(line);

    assertEquals(
        List.of(new Token(Kind.FORMATTING, "''"), new Token(Kind.FORMATTING, "''")), markup);
    assertEquals("  * run '' **x** %% {{y.png}} '' now\n", DokuWikiLexer.text(line));
  }

  @Test
  void formatting_typedAsTextStaysText() {
    String note = "\\*\\*not bold\\*\\* //not italic// \\_\\_not underlined\\_\\_ ((no footnote))";

    assertEquals(List.of(), markupOf(note));
    assertEquals(
        "  * **not bold** //not italic// __not underlined__ ((no footnote))\n",
        DokuWikiLexer.text(item(note)));
  }

  @Test
  void embeddedCode_htmlAndPhpStayText() {
    String note = "<html><script>alert(1)</script></html> <php>phpinfo();</php> <code>x</code>";

    assertEquals(List.of(), markupOf(note));
    assertEquals("  * " + note + "\n", DokuWikiLexer.text(item(note)));
  }

  @Test
  void headings_showTheTitleAndNothingElse() {
    for (String title :
        List.of(
            "== Title ==",
            "A title\n====== Injected ======\n{{http://evil.example/x.png}}",
            "Use %%this%% and **that**",
            "=",
            "   ")) {
      String markup = "===== " + DokuWiki.heading(title) + " =====\n\nafter\n";

      List<Token> tokens = DokuWikiLexer.markup(markup);

      assertEquals(1, tokens.size(), title);
      assertEquals(Kind.HEADER, tokens.getFirst().kind(), title);
      assertFalse(DokuWiki.heading(title).contains("\n"), title);
    }
    assertEquals("Use %%this%% and **that**", DokuWiki.heading("Use %%this%% and **that**"));
    assertEquals("Title", DokuWiki.heading("== Title =="));
  }

  @Test
  void plainText_inAHeadingLineOrAListIsText() {
    for (String name :
        List.of(
            "Shrijeet Mukherjee",
            "[[evil]] {{evil.png}} ~~NOTOC~~",
            "LOL FIXME 640x480 CamelCase (c) -> ...",
            "== not a heading ==",
            "line one\nline two")) {
      String line = "//" + DokuWiki.plain(name) + "//\n";

      assertEquals(
          List.of(new Token(Kind.FORMATTING, "//"), new Token(Kind.FORMATTING, "//")),
          DokuWikiLexer.markup(line),
          name);
      assertEquals(name.replace('\n', ' '), DokuWikiLexer.text(line).strip(), name);
    }
  }
}
