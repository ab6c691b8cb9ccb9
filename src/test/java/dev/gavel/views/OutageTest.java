package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.gavel.testing.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A projector whose link dies: silently, with the server, or with the device's network; and a
 * tablet whose answer comes only after it gave up waiting. The page's clock stands still and moves
 * only as the test says, so "within 3 seconds" and "within a second" are measured on the page's own
 * timers, however slowly the machine runs the test.
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
          page.onMessage(
              frame -> {
                if (!silent.get()) {
                  server.send(frame.text());
                }
              });
          server.onMessage(
              frame -> {
                if (!silent.get()) {
                  page.send(frame.text());
                }
              });
          // A dead link carries nothing, not even the server giving up on it.
          server.onClose(
              (code, reason) -> {
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

  @Test
  void anAnswerThatComesAfterTheTabletGaveUp_isReportedAsWhatReallyHappened() {
    server.command("{\"type\":\"startTopic\"}");
    AtomicBoolean holdAnswers = new AtomicBoolean(false);
    List<String> held = new ArrayList<>();
    AtomicReference<WebSocketRoute> toPage = new AtomicReference<>();
    Page tablet = device(1024, 768);
    tablet.routeWebSocket(
        url -> url.contains("/live"),
        page -> {
          toPage.set(page);
          WebSocketRoute server = page.connectToServer();
          server.onMessage(
              frame -> {
                if (holdAnswers.get() && frame.text().contains("\"type\":\"ack\"")) {
                  held.add(frame.text());
                } else {
                  page.send(frame.text());
                }
              });
        });
    tablet.navigate(server.base() + "/rooms/networking/moderate?key=" + server.moderatorKey());
    assertThat(tablet.locator("#status")).hasText("live");

    // The link stays alive (pings pass) while the answer is held: the tablet waits its ten seconds.
    holdAnswers.set(true);
    tablet.getByText("+1 min").click();
    tablet.waitForCondition(() -> held.size() == 1);
    assertThat(tablet.locator(".toast"))
        .hasText(
            "no answer from the server: check the screen before trying again",
            new LocatorAssertions.HasTextOptions().setTimeout(20_000));

    held.forEach(answer -> toPage.get().send(answer));
    assertThat(tablet.locator(".toast").last())
        .hasText("Late answer: “+1 min” did take effect after all");
    screenshot(tablet, "tablet-late-answer");
  }
}
