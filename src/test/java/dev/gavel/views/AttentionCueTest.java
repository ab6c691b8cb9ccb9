package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import dev.gavel.testing.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The clock's attention cues when the timer crosses its warning, with and without motion. */
class AttentionCueTest extends BrowserTest {

  private Page stage(Browser.NewContextOptions options) {
    Page page = device(options.setViewportSize(1280, 720));
    page.navigate(server.base() + "/rooms/networking/stage?key=" + server.stageKey());
    assertThat(page.locator("#status")).hasText("live");
    return page;
  }

  @Test
  void reachingTheWarning_flashesTheProjectorsAndSpeakersClockAndSoundsWhereAsked() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = projector();
    assertThat(projector.locator("#status")).isHidden();
    Page stage = stage(new Browser.NewContextOptions());
    stage.locator("#sound").click();
    assertThat(stage.locator("#sound")).hasAttribute("aria-pressed", "true");
    assertThat(projector.locator("#timer")).not().hasAttribute("data-flash", Pattern.compile(".*"));

    server.command("{\"type\":\"addTime\",\"seconds\":-200}");

    assertThat(projector.locator("#timer")).hasAttribute("data-flash", "warning");
    assertThat(stage.locator("[data-slot=timer]")).hasAttribute("data-flash", "warning");
    assertThat(stage.locator("#sound")).hasAttribute("data-tones", "1");
    // Read at one instant with the cue, which lasts a few seconds.
    projector.waitForFunction(
        "() => { const t = document.querySelector('#timer');"
            + " return t.dataset.flash === 'warning'"
            + " && getComputedStyle(t).animationName === 'attention-blink'; }");
  }

  @Test
  void underReducedMotion_theClockWearsAnOutlineInsteadOfBlinking() {
    server.command("{\"type\":\"startTopic\"}");
    Page stage = stage(new Browser.NewContextOptions().setReducedMotion(ReducedMotion.REDUCE));

    server.command("{\"type\":\"addTime\",\"seconds\":-200}");

    stage.waitForFunction(
        "() => { const t = document.querySelector('[data-slot=timer]');"
            + " const style = getComputedStyle(t);"
            + " return t.dataset.flash === 'warning' && style.animationName === 'none'"
            + " && style.outlineStyle === 'solid'; }");
    screenshot(stage, "stage-attention-reduced-motion");
  }
}
