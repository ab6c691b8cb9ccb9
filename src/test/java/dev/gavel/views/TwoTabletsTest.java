package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.Tablet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Two moderators with a tablet each: each sees the other, hears of the other's actions, and a "+1
 * min" both tap from the same state adds one minute. A tap the tablet gave up on, which reaches the
 * server later, never takes effect.
 */
class TwoTabletsTest extends BrowserTest {

  private long allottedMs() {
    return server.state().at("/timer/allottedMs").asLong();
  }

  private Page openTablet(Page page) {
    page.navigate(server.base() + "/rooms/networking/moderate?key=" + server.moderatorKey());
    assertThat(page.locator("#status")).hasText("live");
    return page;
  }

  @Test
  void aSecondTablet_isShownOnTheFirstAndItsPlusOneMinuteIsAnnounced() {
    server.command("{\"type\":\"startTopic\"}");
    Page first = openTablet(device(1024, 768));
    Page second = openTablet(device(1024, 768));

    assertThat(first.locator("#presence")).hasText("Also moderating: Tablet 2");
    assertThat(second.locator("#presence")).hasText("Also moderating: Tablet 1");
    Tablet.button(second, "+1 min").click();

    assertThat(first.locator(".toast")).hasText("+1 min by Tablet 2");
    screenshot(first, "tablet-other-tablet-added-a-minute");
    second.close();
    assertThat(first.locator("#presence")).isHidden();
  }

  @Test
  void twoTabletsTappingPlusOneMinuteAtOnce_addOneMinuteAndTheLaterOneIsTold() {
    server.command("{\"type\":\"startTopic\"}");
    long before = allottedMs();
    Page first = openTablet(device(1024, 768));
    // The second tablet hears nothing but pings from the server for a moment: it still shows the
    // old time.
    AtomicBoolean deaf = new AtomicBoolean(false);
    List<String> unheard = new CopyOnWriteArrayList<>();
    AtomicReference<WebSocketRoute> toSecond = new AtomicReference<>();
    Page second = device(1024, 768);
    second.routeWebSocket(
        url -> url.contains("/live"),
        page -> {
          toSecond.set(page);
          page.connectToServer()
              .onMessage(
                  frame -> {
                    if (deaf.get() && !frame.text().matches("\\{\"type\":\"p[io]ng\".*")) {
                      unheard.add(frame.text());
                    } else {
                      page.send(frame.text());
                    }
                  });
        });
    openTablet(second);
    assertThat(second.locator("#presence")).hasText("Also moderating: Tablet 1");

    deaf.set(true);
    Tablet.button(first, "+1 min").click();
    first.waitForCondition(() -> allottedMs() == before + 60_000);
    Tablet.button(second, "+1 min").click();
    second.waitForCondition(() -> unheard.stream().anyMatch(m -> m.contains("\"type\":\"ack\"")));
    deaf.set(false);
    unheard.forEach(message -> toSecond.get().send(message));

    assertThat(second.locator(".toast").last())
        .hasText("+1 min was just done by Tablet 1: not done twice");
    assertEquals(before + 60_000, allottedMs());
    screenshot(second, "tablet-crossed-plus-one-minute");
  }

  @Test
  void aTapTheTabletGaveUpOn_thatReachesTheServerLater_neverTakesEffect() {
    server.command("{\"type\":\"startTopic\"}");
    long before = allottedMs();
    AtomicBoolean holding = new AtomicBoolean(false);
    List<String> held = new CopyOnWriteArrayList<>();
    AtomicReference<WebSocketRoute> toServer = new AtomicReference<>();
    Page tablet = device(1024, 768);
    tablet.routeWebSocket(
        url -> url.contains("/live"),
        page -> {
          WebSocketRoute server = page.connectToServer();
          toServer.set(server);
          page.onMessage(
              frame -> {
                if (holding.get() && frame.text().contains("\"type\":\"command\"")) {
                  held.add(frame.text());
                } else {
                  server.send(frame.text());
                }
              });
        });
    openTablet(tablet);

    // The tap is stuck on the way (pings still pass): the tablet waits its ten seconds, gives up.
    holding.set(true);
    Tablet.button(tablet, "+1 min").click();
    assertThat(tablet.locator(".toast"))
        .hasText(
            "no answer from the server: check the screen before trying again",
            new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    // Then the network lets it through after all.
    held.forEach(message -> toServer.get().send(message));

    assertThat(tablet.locator(".toast").last())
        .hasText(
            "Late answer: “+1 min” was refused: this came after the page had stopped waiting"
                + " for it, so it did not take effect");
    assertEquals(before, allottedMs());
    screenshot(tablet, "tablet-given-up-tap-never-lands");
  }
}
