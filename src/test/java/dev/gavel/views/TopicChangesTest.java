package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.gavel.testing.Tablet.button;
import static dev.gavel.testing.Tablet.sendNoteAndWait;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Everything that ends or restarts a topic, skips one or ends the session takes a second,
 * deliberate press on the tablet: with a finger, on the programme, or with N and E.
 */
class TopicChangesTest extends BrowserTest {

  @Test
  void endAndNextTopic_armFirst_andActOnlyOnASecondDeliberateTap() {
    server.command("{\"type\":\"startTopic\"}");
    Page tablet = tabletHeldStill(1024, 768);
    Locator end = tablet.locator("#end-topic");

    end.click();
    assertThat(end).hasText("Tap again to end");
    assertThat(end).hasClass(Pattern.compile("\\barmed\\b"));
    screenshot(tablet, "tablet-end-topic-armed");
    letPass(tablet, 120);
    end.click();
    sendNoteAndWait(tablet, "a double tap on End topic");
    assertEquals("presentation", server.phase(), "a double tap 120 ms apart ended nothing");

    letPass(tablet, 600);
    end.click();
    assertThat(tablet.locator("[data-slot=phase]")).hasText("Up next");
    assertEquals("idle", server.phase());

    Locator next = tablet.locator("#next-topic");
    next.click();
    assertThat(next).hasText("Tap again: next topic");
    letPass(tablet, 5_100);
    assertThat(next).hasText("Start next topic ▶");
    next.click();
    letPass(tablet, 700);
    next.click();
    assertThat(tablet.locator("[data-slot=phase]")).hasText("Presentation");
    assertThat(tablet.locator("[data-slot=title]"))
        .hasText(Pattern.compile("^Scalable kernel-only"));
  }

  @Test
  void theProgrammesAgainStartAndSkip_areNamedAsTheyRead_andNeedASecondTap() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"endTopic\"}");
    Page tablet = tabletHeldStill(1024, 768);

    Locator again = button(tablet, "Again “A new VRF proposal”");
    again.click();
    assertThat(button(tablet, "Confirm “A new VRF proposal”")).isVisible();
    sendNoteAndWait(tablet, "armed, not started");
    assertEquals("idle", server.phase());
    letPass(tablet, 700);
    button(tablet, "Confirm “A new VRF proposal”").click();
    assertThat(tablet.locator("[data-slot=title]")).hasText("A new VRF proposal");

    Locator skip = button(tablet, Pattern.compile("^Skip “IPv6 underlays"));
    skip.click();
    letPass(tablet, 700);
    button(tablet, Pattern.compile("^Confirm “IPv6 underlays")).click();
    assertThat(tablet.locator("#agenda li[data-status=skipped]")).containsText("IPv6 underlays");
    assertThat(tablet.locator("#agenda li[data-status=skipped] .mark")).hasText("skipped");
    assertEquals("skipped", server.state().at("/agenda/2/status").asText());
    tablet.locator("#agenda").scrollIntoViewIfNeeded();
    screenshot(tablet, "tablet-agenda-skipped");
  }

  @Test
  void theNAndEKeys_armFirst_andEscapePutsThemBack() {
    Page tablet = tabletHeldStill(1024, 768);

    tablet.keyboard().press("n");
    assertThat(tablet.locator("#next-topic")).hasClass(Pattern.compile("\\barmed\\b"));
    tablet.keyboard().press("n");
    sendNoteAndWait(tablet, "n twice at once");
    tablet.locator("#note-text").blur();
    assertEquals("idle", server.phase(), "N pressed twice at once started nothing");
    letPass(tablet, 700);
    tablet.keyboard().press("n");
    assertThat(tablet.locator("[data-slot=phase]")).hasText("Presentation");

    tablet.keyboard().press("e");
    assertThat(tablet.locator("#end-topic")).hasText("Tap again to end");
    tablet.keyboard().press("Escape");
    assertThat(tablet.locator("#end-topic")).hasText("End topic");
    letPass(tablet, 700);
    tablet.keyboard().press("e");
    letPass(tablet, 700);
    tablet.keyboard().press("e");
    assertThat(tablet.locator("[data-slot=phase]")).hasText("Up next");
  }

  @Test
  void skippingATopicAndEndingTheSession_fromTheTablet_reachTheProjectorAndTheNotes() {
    server.command("{\"type\":\"startTopic\"}");
    Page tablet = tablet(1024, 768);
    Page projector = projector();
    assertThat(tablet.locator("#status")).hasText("live");
    holdStill(tablet);
    assertThat(projector.locator("#next-title")).hasText(Pattern.compile("^Scalable kernel-only"));

    button(tablet, Pattern.compile("^Skip “Scalable kernel-only")).click();
    letPass(tablet, 700);
    button(tablet, Pattern.compile("^Confirm “Scalable kernel-only")).click();
    assertThat(projector.locator("#next-title")).hasText(Pattern.compile("^IPv6 underlays"));

    Locator endSession = tablet.locator("#end-session");
    endSession.scrollIntoViewIfNeeded();
    endSession.click();
    assertThat(endSession).hasText("Tap again to end the session");
    letPass(tablet, 700);
    endSession.click();
    assertThat(tablet.locator("[data-slot=phase]")).hasText("Session over");
    assertThat(projector.locator("#title")).hasText("That’s all for this session");
    assertThat(endSession).isDisabled();
    screenshot(tablet, "tablet-session-ended");
    screenshot(projector, "projector-session-ended");

    Page notes = device(1280, 900);
    notes.navigate(server.base() + "/sessions/1/notes");
    assertThat(notes.locator("#topic-2 .facts")).containsText("skipped at");
    notes.navigate(server.base() + "/sessions/1/log");
    assertThat(notes.locator("table.log")).containsText("Topic skipped: Scalable kernel-only");
    assertThat(notes.locator("table.log")).containsText("Session ended; not run:");
  }
}
