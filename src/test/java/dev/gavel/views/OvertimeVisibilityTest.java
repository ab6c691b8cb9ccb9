package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.Contrast;
import dev.gavel.testing.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Overtime must be the state the whole room notices, also the one in twelve men who do not tell red
 * from green. Each state of the timer is photographed under Chromium's own simulation of each
 * colour-vision deficiency, and the contrast of its digits measured from the pixels.
 */
class OvertimeVisibilityTest extends BrowserTest {

  private static final List<String> VISIONS =
      List.of("none", "protanopia", "deuteranopia", "tritanopia", "achromatopsia");

  private final ManualClock clock = new ManualClock(Instant.parse("2015-08-20T16:00:00Z"));

  @Override
  protected Clock serverClock() {
    return clock;
  }

  @Test
  void overtimeHasTheClearestDigitsOfEveryState_forEveryKindOfColourVision() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = device(1920, 1080);
    projector.navigate(server.base() + "/rooms/networking/display");
    assertThat(projector.locator("#status")).isHidden();
    CDPSession cdp = projector.context().newCDPSession(projector);
    Map<String, Map<String, Double>> contrast = new LinkedHashMap<>();

    contrast.put("normal", measure(projector, cdp, "normal"));
    clock.advance(Duration.ofSeconds(210));
    contrast.put("warning", measure(projector, cdp, "warning"));
    clock.advance(Duration.ofSeconds(150));
    contrast.put("discussionDue", measure(projector, cdp, "discussionDue"));
    server.command("{\"type\":\"startDiscussion\"}");
    clock.advance(Duration.ofMinutes(10));
    contrast.put("overtime", measure(projector, cdp, "overtime"));

    for (String vision : VISIONS) {
      double overtime = contrast.get("overtime").get(vision);
      assertTrue(overtime >= 7, "overtime's digits under " + vision + ": " + contrast);
      for (String state : List.of("normal", "warning", "discussionDue")) {
        assertTrue(
            overtime >= contrast.get(state).get(vision),
            "overtime is at least as clear as " + state + " under " + vision + ": " + contrast);
      }
    }
  }

  /** The digits' contrast in this state under each kind of vision, with a photograph of each. */
  private static Map<String, Double> measure(Page projector, CDPSession cdp, String level) {
    Locator timer = projector.locator("#timer");
    assertThat(timer).hasClass(Pattern.compile("\\blevel-" + level + "\\b"));
    Map<String, Double> byVision = new LinkedHashMap<>();
    for (String vision : VISIONS) {
      JsonObject deficiency = new JsonObject();
      deficiency.addProperty("type", vision);
      cdp.send("Emulation.setEmulatedVisionDeficiency", deficiency);
      byte[] digits =
          timer.screenshot(
              new Locator.ScreenshotOptions().setAnimations(ScreenshotAnimations.DISABLED));
      byVision.put(vision, Contrast.ofText(digits));
      projector.screenshot(
          new Page.ScreenshotOptions()
              .setAnimations(ScreenshotAnimations.DISABLED)
              .setPath(SCREENSHOTS.resolve("projector-" + level + "-" + vision + ".png")));
    }
    JsonObject none = new JsonObject();
    none.addProperty("type", "none");
    cdp.send("Emulation.setEmulatedVisionDeficiency", none);
    return byVision;
  }
}
