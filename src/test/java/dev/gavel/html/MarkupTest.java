package dev.gavel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void everyArgument_isEscaped_butNestedMarkupIsNot() {
    Markup inner = Markup.of("<em>{}</em>", "<b>");

    assertEquals(
        "<p title=\"&quot;&gt;\">&lt;script&gt; <em>&lt;b&gt;</em></p>",
        Markup.of("<p title=\"{}\">{} {}</p>", "\">", "<script>", inner).toString());
  }

  @Test
  void aTemplateAndItsArguments_mustAgree() {
    assertThrows(IllegalArgumentException.class, () -> Markup.of("{} {}", "one"));
    assertThrows(IllegalArgumentException.class, () -> Markup.of("{}", "one", "two"));
  }

  @Test
  void c0ControlCharacters_areDropped_butTabsAndLineBreaksStay() {
    assertEquals("a\tb\nc\rdefg", Markup.escape("a\tb\nc\rd\u0000e\u0007f\u001B\u000B\u000Cg"));
  }

  @Test
  void theTwoNonCharactersXmlForbids_areDropped() {
    assertEquals("ab", Markup.escape("a\uFFFEb\uFFFF"));
  }

  @Test
  void aLoneHalfOfASurrogatePair_isDropped_andAWholePairStays() {
    String gavel = "\uD83D\uDD28";

    assertEquals("x" + gavel + "y", Markup.escape("x\uD83D" + gavel + "\uDD28y"));
    assertEquals("end", Markup.escape("end\uD83D"));
  }

  @Test
  void textMadeSafeElsewhere_goesInAsItIs_andMustSayWhoMadeItSafe() {
    assertEquals("<b>ok</b>", Markup.of("{}", Markup.madeSafeBy("a test", "<b>ok</b>")).toString());
    assertThrows(IllegalArgumentException.class, () -> Markup.madeSafeBy(" ", "<b>"));
  }
}
