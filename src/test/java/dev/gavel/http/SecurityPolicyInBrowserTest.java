package dev.gavel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.gavel.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The content security policy as Chromium applies it: markup that slips into a page cannot run a
 * script or an inline style, and the browser tests see every such refusal (they fail on one), so a
 * view that needed something the policy forbids could not pass them.
 */
class SecurityPolicyInBrowserTest extends BrowserTest {

  @Test
  void anInlineScriptPutIntoThePhonesPage_isRefused_andTheTestsSeeIt() {
    Page phone = phone();
    PlaywrightAssertions.assertThat(phone.locator("#status")).hasText("live");

    phone.evaluate(
        "() => { const s = document.createElement('script');"
            + " s.textContent = 'window.injected = true'; document.head.append(s); }");

    phone.waitForCondition(() -> !policyRefusals().isEmpty());
    assertEquals(false, phone.evaluate("() => window.injected === true"));
    assertTrue(
        policyRefusals().getFirst().contains("script-src 'self'"), policyRefusals().getFirst());
    policyRefusals().clear();
  }

  @Test
  void anInlineStylePutIntoTheProjector_isRefused_andTheTestsSeeIt() {
    Page projector = projector();
    PlaywrightAssertions.assertThat(projector.locator("body")).isVisible();

    projector.evaluate(
        "() => { const s = document.createElement('style');"
            + " s.textContent = 'body { display: none }'; document.head.append(s); }");

    projector.waitForCondition(() -> !policyRefusals().isEmpty());
    PlaywrightAssertions.assertThat(projector.locator("body")).isVisible();
    assertTrue(
        policyRefusals().getFirst().contains("style-src 'self'"), policyRefusals().getFirst());
    policyRefusals().clear();
  }

  @Test
  void everyLiveView_runsWithoutARefusal() {
    List<Page> views = List.of(projector(), phone(), tablet(1280, 800), noteTaker(1280, 800));

    for (Page view : views) {
      PlaywrightAssertions.assertThat(view.locator("#status")).hasText("live");
    }
    assertEquals(List.of(), policyRefusals());
  }
}
