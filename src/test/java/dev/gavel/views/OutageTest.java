package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import dev.gavel.testing.BrowserTest;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A projector whose link dies: silently, with the server, or with the device's network. The page's
 * clock stands still and moves only as the test says, so "within 3 seconds" and "within a second"
 * are measured on the page's own timers, however slowly the machine runs the test.
 */
class OutageTest extends BrowserTest {

  private Page projectorWithItsClockInHand() {
    Page page = device(1920, 1080);
    page.clock().install();
    return page;
  }

  private static Locator status(Page page) {
    return page.locator("#status");
  }

  @Test
  void aLinkThatGoesSilent_isShownPlainlyWithinThreeSeconds_andIsBackWithinASecondOfTheLink() {
    server.command("{\"type\":\"startTopic\"}");
    AtomicBoolean silent = new AtomicBoolean(false);
    Page projector = device(1920, 1080);
    // The route first: the page's socket then runs on the browser's own timers, whatever its clock.
    projector.routeWebSocket(
        url -> url.contains("/live"),
        page -> {
          if (silent.get()) {
            page.close(); // while the link is dead, no new connection gets through either
            return;
          }
          WebSocketRoute server = page.connectToServer();
          page.onMessage(frame -> {
            if (!silent.get()) {
              server.send(frame.text());
            }
          });
          server.onMessage(frame -> {
            if (!silent.get()) {
              page.send(frame.text());
            }
          });
          // A dead link carries nothing, not even the server giving up on it.
          server.onClose((code, reason) -> {
            if (!silent.get()) {
              page.close();
            }
          });
        });
    projector.clock().install();
    projector.navigate(server.base() + "/rooms/networking/display");
    assertThat(status(projector)).isHidden();
    holdStill(projector);

    silent.set(true);
    letPass(projector, 1_500);
    assertThat(status(projector)).isHidden();
    letPass(projector, 1_500);
    assertThat(status(projector)).isVisible();
    assertThat(status(projector)).hasText("No connection — reconnecting…");
    screenshot(projector, "projector-link-lost");

    silent.set(false);
    server.command("{\"type\":\"nextSlide\"}");
    letPass(projector, 1_000);
    assertThat(status(projector)).isHidden();
    assertThat(projector.locator("#slide")).hasText("2 / 3");
  }

  @Test
  void aServerRestartedOnTheSamePort_isFoundAgainWithinASecond_evenAfterALongOutage() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = projectorWithItsClockInHand();
    projector.navigate(server.base() + "/rooms/networking/display");
    assertThat(status(projector)).isHidden();
    holdStill(projector);

    server.stop();
    assertThat(status(projector)).hasText("No connection — reconnecting…");
    // Half a minute without the server; the page tries again all along.
    for (int second = 0; second < 30; second++) {
      assertThat(status(projector)).hasAttribute("data-status", "offline");
      letPass(projector, 1_000);
    }
    assertThat(status(projector)).hasAttribute("data-status", "offline");

    server.startAgain();
    server.command("{\"type\":\"nextSlide\"}");
    letPass(projector, 1_000);
    assertThat(status(projector)).isHidden();
    assertThat(projector.locator("#slide")).hasText("2 / 3");
  }

  @Test
  void aDeviceThatGoesOffline_saysSoAtOnce_andComesBackWhenItsNetworkDoes() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = projectorWithItsClockInHand();
    projector.navigate(server.base() + "/rooms/networking/display");
    assertThat(status(projector)).isHidden();
    holdStill(projector);

    projector.context().setOffline(true);
    assertThat(status(projector)).hasText("No connection — reconnecting…");

    projector.context().setOffline(false);
    assertThat(status(projector)).isHidden();
  }
}
