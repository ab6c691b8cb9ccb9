package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.gavel.testing.BrowserTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The attendee reading along on a phone, with a thumb and with a screen reader. */
class PhoneReaderTest extends BrowserTest {

  private void note(String text) {
    assertEquals(200, server.command("{\"type\":\"note\",\"text\":\"" + text + "\"}").statusCode());
  }

  @Test
  void thePageIsTheOneScrollArea_andNewNotesAreAnnouncedInTheHeaderOverNoText() {
    server.command("{\"type\":\"startTopic\"}");
    for (int i = 1; i <= 30; i++) {
      note("Point number " + i + " of the discussion");
    }
    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");

    assertEquals(
        List.of(),
        phone.evaluate(
            "() => [...document.querySelectorAll('body *')]"
                + ".filter(e => /(auto|scroll)/.test(getComputedStyle(e).overflowY)"
                + " && e.scrollHeight > e.clientHeight).map(e => e.id || e.className)"),
        "nothing but the page scrolls");
    BoundingBox header = phone.locator(".bar").boundingBox();

    phone.evaluate("() => scrollTo(0, 0)");
    note("A new point");
    Locator pill = phone.locator("#new-notes");
    assertThat(pill).isVisible();
    BoundingBox inHeader = pill.boundingBox();
    BoundingBox headerNow = phone.locator(".bar").boundingBox();
    assertEquals(header.height, headerNow.height, 0.5, "the header keeps its height");
    assertTrue(
        inHeader.y >= headerNow.y && inHeader.y + inHeader.height <= headerNow.y + headerNow.height,
        "the pill lies inside the header, over no text");
    screenshot(phone, "phone-new-notes-in-header");

    pill.click();
    assertThat(phone.locator("#notes li[data-seq]").last()).isInViewport();
    assertThat(pill).isHidden();
  }

  @Test
  void linksInNotes_bareOnesToo_openOutsideTheLivePage_andAScriptLinkIsPlainText() {
    server.command("{\"type\":\"startTopic\"}");
    String notesPage = server.base() + "/sessions/1/notes";
    note("Slides: " + notesPage);
    note("[the demo](javascript:alert(1)) was shown");
    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");

    Locator link = phone.locator("#notes a[href='" + notesPage + "']");
    assertThat(link).hasAttribute("target", "_blank");
    assertThat(link).hasAttribute("rel", Pattern.compile("noopener"));
    Locator script =
        phone.locator("#notes li[data-seq]", new Page.LocatorOptions().setHasText("the demo"));
    assertThat(script).containsText("the demo was shown");
    assertThat(script.locator("a")).hasCount(0);

    Page opened = phone.context().waitForPage(link::click);
    assertThat(opened).hasURL(notesPage);
    assertThat(phone).hasURL(server.base() + "/rooms/networking");
    assertThat(phone.locator("#status")).hasText("live");
    screenshot(phone, "phone-links");
  }

  @Test
  void theRunningClockIsNeverReadOut_butEachNewNoteAndTopicIs() {
    server.command("{\"type\":\"startTopic\"}");
    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");

    assertEquals(
        Boolean.TRUE,
        phone.evaluate(
            "() =>"
                + " document.querySelector('[data-slot=timer]').closest('[aria-live]:not([aria-live=off]),"
                + " [role=status], [role=alert], [role=log]') === null"),
        "the clock is in no live region");

    note("Take the socket API question to **netdev**");
    assertThat(phone.locator("#announcer"))
        .hasText("New note: Take the socket API question to netdev");

    server.command("{\"type\":\"startTopic\"}");
    assertThat(phone.locator("#announcer")).hasText(Pattern.compile("^Now: Scalable kernel-only"));
  }
}
