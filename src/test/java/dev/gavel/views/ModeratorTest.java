package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.gavel.testing.Tablet.button;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.gavel.testing.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The moderator's tablet, tapped the way a moderator taps it, watched from the room's screens. */
class ModeratorTest extends BrowserTest {

  @Test
  void tapsOnTheTablet_changeWhatTheProjectorAndAPhoneShow() {
    Page tablet = tablet(1024, 768);
    Page projector = projector();
    Page phone = phone();
    assertThat(tablet.locator("#status")).hasText("live");

    button(tablet, "Start next topic ▶").click();
    letPass(tablet, 700);
    button(tablet, "Tap again: next topic").click();
    assertThat(projector.locator("#title")).hasText("A new VRF proposal");
    assertThat(phone.locator("[data-slot=title]")).hasText("A new VRF proposal");

    button(tablet, "Next slide ▶").click();
    assertThat(projector.locator("#slide")).hasText("2 / 3");
    assertThat(phone.locator("[data-slot=slide]")).hasText("2 / 3");

    button(tablet, "+1 min").click();
    assertThat(projector.locator("#timer")).hasText(Pattern.compile("^5:5\\d$"));

    button(tablet, "Pause timer").click();
    assertThat(projector.locator("#timer-note")).hasText("Paused");
    assertThat(button(tablet, "Start timer")).isVisible();

    button(tablet, "Start discussion").click();
    assertThat(projector.locator("#phase")).hasText("Discussion");
    screenshot(tablet, "tablet-landscape");

    button(tablet, "Next topic →").click();
    letPass(tablet, 700);
    button(tablet, "Tap again: next topic").click();
    assertThat(projector.locator("#title")).hasText(Pattern.compile("^Scalable kernel-only"));
    assertThat(phone.locator("#agenda li[data-status=done]")).hasCount(1);
  }

  @Test
  void aFourthSlide_isRefusedVisiblyOnTheTabletAndTheProjector() {
    server.command("{\"type\":\"startTopic\"}");
    Page tablet = tablet(1024, 768);
    Page projector = projector();
    Locator next = button(tablet, "Next slide ▶");
    next.click();
    next.click();
    assertThat(projector.locator("#slide")).hasText("3 / 3");

    next.click();

    assertThat(tablet.locator(".toast"))
        .hasText("slide limit reached: 3 slides, time for discussion");
    assertThat(projector.locator("#slide-notice")).hasText("Three slides — time for discussion");
    assertThat(projector.locator("#slide")).hasText("3 / 3");
    screenshot(tablet, "tablet-refused-slide");
  }

  @Test
  void notesWrittenOnTheTablet_appearOnAPhone() {
    server.command("{\"type\":\"startTopic\"}");
    Page tablet = tablet(1024, 768);
    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");

    tablet.locator("#note-text").fill("Socket binding to a VRF: use SO_BINDTODEVICE");
    tablet.locator("#note-text").press("Enter");

    assertThat(phone.locator("#notes li[data-seq]"))
        .hasText(Pattern.compile("Socket binding to a VRF: use SO_BINDTODEVICE$"));
    assertThat(tablet.locator("#note-text")).hasValue("");
    assertThat(tablet.locator("#notes li")).hasCount(1);
  }

  @Test
  void keyboardShortcuts_runTheRoomAndAreListedInTheHelp() {
    Page tablet = tablet(1024, 768);
    assertThat(tablet.locator("#status")).hasText("live");

    tablet.keyboard().press("n");
    letPass(tablet, 700);
    tablet.keyboard().press("n");
    assertThat(tablet.locator("[data-slot=phase]")).hasText("Presentation");
    assertThat(tablet.locator("[data-slot=title]")).hasText("A new VRF proposal");
    tablet.keyboard().press("ArrowRight");
    assertThat(tablet.locator("[data-slot=slide]")).hasText("2 / 3");
    tablet.keyboard().press("PageUp");
    assertThat(tablet.locator("[data-slot=slide]")).hasText("1 / 3");
    tablet.keyboard().press(" ");
    assertThat(tablet.locator("[data-slot=timerNote]")).hasText("Paused");

    tablet.keyboard().press("?");
    assertThat(tablet.locator("#help")).isVisible();
    assertThat(tablet.locator("#help")).containsText("Next slide");
    screenshot(tablet, "tablet-help");
    tablet.keyboard().press("Escape");
    assertThat(tablet.locator("#help")).isHidden();
  }

  @Test
  void everyTarget_isAtLeast48PixelsInPortraitAndLandscape() {
    server.command("{\"type\":\"startTopic\"}");
    for (int[] size : new int[][] {{768, 1024}, {1024, 768}}) {
      Page tablet = tablet(size[0], size[1]);
      assertThat(tablet.locator("#status")).hasText("live");
      List<String> small = new ArrayList<>();
      Locator targets =
          tablet.locator("button:visible, select:visible, input:visible, textarea:visible");
      for (int i = 0; i < targets.count(); i++) {
        BoundingBox box = targets.nth(i).boundingBox();
        if (box.height < 48 || box.width < 48) {
          small.add(targets.nth(i).evaluate("e => e.outerHTML").toString());
        }
      }
      assertEquals(List.of(), small, "targets under 48 px at " + size[0] + "×" + size[1]);
      assertEquals(
          Boolean.FALSE,
          tablet.evaluate("() => document.scrollingElement.scrollWidth > innerWidth"),
          "no sideways scrolling at " + size[0] + "×" + size[1]);
      screenshot(tablet, "tablet-" + size[0] + "x" + size[1]);
    }
  }

  @Test
  void withoutAValidKey_thePageSaysSoAndOffersNothingToPress() {
    Page page = device(1024, 768);
    page.navigate(server.base() + "/rooms/networking/moderate?key=guess");

    assertThat(page.locator("h1")).hasText("This link’s key does not open this page");
    assertThat(page.locator("button")).hasCount(0);
    screenshot(page, "tablet-without-key");
  }
}
