package dev.gavel.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Notes are Markdown from anybody with a link, read by everybody: nothing in them may run. */
class NoteMarkdownTest {

  @Test
  void markdown_becomesHtml() {
    assertEquals(
        "Use <strong>VRF</strong> with <code>ip link</code>, see"
            + " <a rel=\"nofollow noopener noreferrer\" href=\"https://lwn.net/\">LWN</a>",
        NoteMarkdown.html("Use **VRF** with `ip link`, see [LWN](https://lwn.net/)"));
  }

  @Test
  void rawHtml_isShownNotRun() {
    String html = NoteMarkdown.html("<script>alert(1)</script> and <img src=x onerror=alert(2)>");

    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<img"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void javascriptLinks_areNotLinks() {
    String html = NoteMarkdown.html("[click](javascript:alert(1)) [data](data:text/html,<b>x</b>)");

    assertFalse(html.contains("javascript:"));
    assertFalse(html.contains("href=\"data:"));
  }

  @Test
  void aJavascriptLink_isItsPlainText_notAnEmptyLinkThatReloadsThePage() {
    String html = NoteMarkdown.html("see [the demo](javascript:alert(1)) and [x](JAVA\tSCRIPT:y)");

    assertEquals("see the demo and [x](JAVA\tSCRIPT:y)", html.replace("&quot;", "\""));
    assertFalse(html.contains("<a"));
  }

  @Test
  void bareWebAndMailAddresses_areLinked() {
    String html =
        NoteMarkdown.html("slides at https://lpc.events/event/3/ or mail netdev@vger.kernel.org");

    assertTrue(
        html.contains(
            "<a rel=\"nofollow noopener noreferrer\""
                + " href=\"https://lpc.events/event/3/\">https://lpc.events/event/3/</a>"),
        html);
    assertTrue(html.contains("href=\"mailto:netdev@vger.kernel.org\""), html);
  }

  @Test
  void linksOnThisServerAndMailLinks_stay() {
    assertTrue(NoteMarkdown.safe("/sessions/1/notes"));
    assertTrue(NoteMarkdown.safe("MAILTO:someone@example.org"));
    assertFalse(NoteMarkdown.safe(" data:text/html,x"));
    assertFalse(NoteMarkdown.safe("vbscript:x"));
  }

  @Test
  void images_becomeLinksSoNothingIsFetched() {
    String html = NoteMarkdown.html("![tracker](https://example.com/pixel.png)");

    assertFalse(html.contains("<img"));
    assertTrue(html.contains("href=\"https://example.com/pixel.png\">tracker</a>"), html);
  }

  @Test
  void rightToLeftAndZeroWidthCharacters_areKept() {
    String text = "שלום \u200Bworld \u202Eevil";

    assertTrue(NoteMarkdown.html(text).contains(text));
  }

  @Test
  void dokuWiki_getsItsOwnSyntax() {
    assertEquals(
        "Use **VRF** with ''ip link'', see [[https://lwn.net/|LWN]] and //this//",
        DokuWiki.inline("Use **VRF** with `ip link`, see [LWN](https://lwn.net/) and *this*"));
    assertEquals("%%a [[b]] c%%", DokuWiki.plain("a [[b]] c"));
  }
}
