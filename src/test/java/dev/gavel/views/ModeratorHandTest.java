package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.gavel.testing.Tablet.button;
import static dev.gavel.testing.Tablet.sendNoteAndWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.Programmes;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The moderator's hand under pressure: a nervous tap, a double tap, a long title, a toast, a
 * keyboard. Nothing that ends a pitch or a topic happens by accident, and nothing moves.
 */
class ModeratorHandTest extends BrowserTest {

  @Test
  void aNervousDoubleTapOnTheCutOff_cutsNothingOff() {
    server.command("{\"type\":\"startTopic\"}");
    Page tablet = tabletHeldStill(768, 1024);
    Locator cutOff = tablet.locator("#cut-off-button");

    cutOff.click();
    letPass(tablet, 120);
    cutOff.click();

    assertThat(cutOff).hasText("Hold for a second to cut off");
    sendNoteAndWait(tablet, "after the double tap");
    assertFalse(server.state().get("cutOff").asBoolean(), "two taps 120 ms apart cut nothing off");
    screenshot(tablet, "tablet-cut-off-tapped-twice");
  }

  @Test
  void holdingTheCutOff_showsItArmed_andThenUndoIsTheBigPrimaryButtonWithItsCountdown() {
    server.command("{\"type\":\"startTopic\"}");
    Page tablet = tablet(1024, 768);
    Page projector = projector();
    assertThat(tablet.locator("#status")).hasText("live");
    holdStill(tablet);
    Locator cutOff = tablet.locator("#cut-off-button");
    BoundingBox hold = cutOff.boundingBox();
    tablet.locator("#cut-off-reason").fill("product pitch");

    cutOff.hover();
    tablet.mouse().down();
    assertThat(cutOff).hasClass(Pattern.compile("\\bholding\\b"));
    assertThat(cutOff).hasText("Keep holding…");
    screenshot(tablet, "tablet-cut-off-holding");
    letPass(tablet, 1_000);
    tablet.mouse().up();

    assertThat(projector.locator("#cut-off")).isVisible();
    assertThat(projector.locator("#cut-off-reason")).hasText("“product pitch”");
    screenshot(projector, "projector-cut-off-from-tablet");
    // Its seconds count down to the end of the room's undo window (the tablet's clock is held).
    Locator undo = button(tablet, Pattern.compile("^Undo cut-off · \\d+ s$"));
    assertThat(undo).isVisible();
    assertThat(undo).hasClass(Pattern.compile("\\bprimary\\b"));
    BoundingBox big = undo.boundingBox();
    assertEquals(hold.x, big.x, 1, "the Undo is where the cut-off button was");
    assertEquals(hold.y, big.y, 1);
    assertEquals(hold.width, big.width, 1);
    assertEquals(hold.height, big.height, 1);
    JsonNode state = server.state();
    assertEquals(25_000, state.get("undoUntil").asLong() - state.get("cutOffAt").asLong());
    screenshot(tablet, "tablet-cut-off-undo");

    // The tablet's clock was held for the pictures while the room's went on; a command carries a
    // deadline in the room's time, so the tablet catches up with it before the moderator taps.
    tablet.clock().setSystemTime(System.currentTimeMillis());
    undo.click();
    assertThat(projector.locator("#cut-off")).isHidden();
  }

  @Test
  void twoToastsAtOnce_neverCoverTheTitleNorAnyControl_atEveryTabletSize() {
    long longTopic = Programmes.addLongTopic(server);
    server.command("{\"type\":\"startTopic\",\"id\":" + longTopic + "}");
    String name = "Dr. Maximiliane Wolkenstein-Obermayer, the other tablet";
    Page tablet = tabletHeldStill(768, 1024);
    assertThat(tablet.locator("[data-slot=title]")).hasText(Programmes.LONG_TITLE);
    try (LiveClient other =
        LiveClient.connect(
            URI.create(
                server.socket(server.moderatorKey())
                    + "&name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8)))) {
      other.next("snapshot");
      // A refusal of its own, and the other tablet's step, announced: two toasts at once. The
      // tablet's clock stands still, so they stay while the tablet turns and changes size.
      button(tablet, "◀ Previous slide").click();
      other.command("other", "{\"type\":\"addTime\",\"seconds\":60}");
      assertThat(tablet.locator(".toast")).hasCount(2);
      assertThat(tablet.locator(".toast.news")).hasText("+1 min by " + name);
    }
    int[][] sizes = {
      {768, 1024}, {1024, 768}, {800, 1280}, {1280, 800}, {1024, 1366}, {1366, 1024}
    };
    for (int[] size : sizes) {
      tablet.setViewportSize(size[0], size[1]);
      letPass(tablet, 100); // the title is fitted to its new width
      assertEquals(2, tablet.locator(".toast:visible").count());
      assertEquals(List.of(), covered(tablet), "under a toast at " + size[0] + "×" + size[1]);
      screenshot(tablet, "tablet-toasts-" + size[0] + "x" + size[1]);
    }
  }

  /** The title and every control shown that a toast's box overlaps, read in one go. */
  private static List<String> covered(Page tablet) {
    Object found =
        tablet.evaluate(
            "() => {"
                + " const box = (e) => e.getBoundingClientRect();"
                + " const shown = (e) => e.getClientRects().length > 0"
                + "   && getComputedStyle(e).visibility !== 'hidden';"
                + " const meet = (a, b) => a.left < b.right && b.left < a.right"
                + "   && a.top < b.bottom && b.top < a.bottom;"
                + " const toasts = [...document.querySelectorAll('.toast')].map(box);"
                + " return [...document.querySelectorAll("
                + "   '[data-slot=title], button, select, input, textarea')]"
                + "   .filter(shown).filter((e) => toasts.some((t) => meet(t, box(e))))"
                + "   .map((e) => e.dataset.slot || e.id || e.textContent.trim()); }");
    List<String> names = new ArrayList<>();
    ((List<?>) found).forEach(each -> names.add(String.valueOf(each)));
    return names;
  }

  @Test
  void theControlsKeepTheirPlace_whateverTheTopicsTitle() {
    long longTopic = Programmes.addLongTopic(server);
    for (int[] size : new int[][] {{1024, 768}, {768, 1024}}) {
      server.command("{\"type\":\"startTopic\",\"id\":1}");
      Page tablet = tablet(size[0], size[1]);
      assertThat(tablet.locator("[data-slot=title]")).hasText("A new VRF proposal");
      List<String> short_ = controlBoxes(tablet);
      screenshot(tablet, "tablet-short-title-" + size[0] + "x" + size[1]);

      server.command("{\"type\":\"startTopic\",\"id\":" + longTopic + "}");
      assertThat(tablet.locator("[data-slot=title]")).hasText(Programmes.LONG_TITLE);
      assertThat(tablet.locator("[data-slot=presenters]")).hasText(Pattern.compile(" … \\+ \\d$"));
      List<String> long_ = controlBoxes(tablet);

      assertEquals(short_, long_, "controls moved at " + size[0] + "×" + size[1]);
      for (String id : List.of("#end-topic", "#next-topic", "#cut-off-button")) {
        BoundingBox box = tablet.locator(id).boundingBox();
        assertTrue(
            box.y + box.height <= size[1], id + " is on the screen at " + size[0] + "×" + size[1]);
      }
      screenshot(tablet, "tablet-long-title-" + size[0] + "x" + size[1]);
    }
  }

  /** Where every control of the room is, as text: "id-or-words x y w h". */
  private static List<String> controlBoxes(Page tablet) {
    List<String> boxes = new ArrayList<>();
    Locator controls =
        tablet.locator(
            ".controls button, .interventions button, .interventions select,"
                + " #cut-off-reason, #cut-off-button, #note-text");
    for (int i = 0; i < controls.count(); i++) {
      BoundingBox box = controls.nth(i).boundingBox();
      boxes.add(
          controls.nth(i).evaluate("e => e.id || e.dataset.command || e.dataset.intervention")
              + " "
              + Math.round(box.x)
              + " "
              + Math.round(box.y)
              + " "
              + Math.round(box.width)
              + " "
              + Math.round(box.height));
    }
    return boxes;
  }

  @Test
  void keyboardOnly_aFocusedButtonIsPressedByEnterOrSpace_andShortcutsWaitTillFocusLeavesIt() {
    server.command("{\"type\":\"startTopic\"}");
    Page tablet = tabletHeldStill(1024, 768);

    button(tablet, "+1 min").focus();
    tablet.keyboard().press("Enter");
    tablet.keyboard().press(" ");
    // Five minutes and two presses, less the moment since the topic started (none on a quick run).
    assertThat(tablet.locator("[data-slot=timer]")).hasText(Pattern.compile("^(7:00|6:5\\d)$"));
    assertTrue(
        server.state().at("/timer/running").asBoolean(), "Space pressed the button, not Pause");

    button(tablet, "Extend").focus();
    tablet.keyboard().press("Enter");
    assertThat(tablet.locator("[data-slot=banner]")).hasText("Time extension granted: +5 min");

    tablet.keyboard().press("d");
    sendNoteAndWait(tablet, "d on a focused button");
    assertEquals(
        "presentation", server.phase(), "a shortcut does not fire while a button has the focus");
    tablet.keyboard().press("Escape");
    tablet.keyboard().press("Escape");
    tablet.keyboard().press("d");
    assertThat(tablet.locator("[data-slot=phase]")).hasText("Discussion");

    Locator start = button(tablet, Pattern.compile("^Start “IPv6 routing issues"));
    start.focus();
    tablet.keyboard().press("Enter");
    letPass(tablet, 700);
    tablet.keyboard().press("Enter");
    assertThat(tablet.locator("[data-slot=title]"))
        .hasText("IPv6 routing issues and recent changes");

    Locator help = tablet.locator("#help-button");
    help.focus();
    tablet.keyboard().press("Enter");
    assertThat(tablet.locator("#help")).isVisible();
    for (String key : List.of("Tab", "Tab", "Shift+Tab")) {
      tablet.keyboard().press(key);
      assertEquals(
          Boolean.TRUE,
          tablet.evaluate("() => document.querySelector('#help').contains(document.activeElement)"),
          "focus stays in the help after " + key);
    }
    screenshot(tablet, "tablet-help-keyboard");
    tablet.keyboard().press("Escape");
    assertThat(tablet.locator("#help")).isHidden();
    assertEquals("help-button", tablet.evaluate("() => document.activeElement.id"));
  }
}
