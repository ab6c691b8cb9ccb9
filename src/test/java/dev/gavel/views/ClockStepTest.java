package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.ManualClock;
import dev.gavel.testing.Tablet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A clock that is set right in the middle of a session, the server's or a tablet's, is followed at
 * the next ping, even over a link that has become slower than the quickest the page has seen: the
 * room's time of day stays right, and the moderator's taps are not refused as late.
 */
class ClockStepTest extends BrowserTest {

  /** The demo session's planned start: 20 August 2015, 09:00 in Seattle. */
  private static final Instant NINE_AM = Instant.parse("2015-08-20T16:00:00Z");

  private final ManualClock clock = new ManualClock(NINE_AM);

  @Override
  protected Clock serverClock() {
    return clock;
  }

  /**
   * A page's link that is quick until {@code slow} is set, and from then on holds every pong back
   * until the page's next ping, a second later. Counts the pongs the page has been given.
   */
  private static AtomicInteger slowingLink(Page page, AtomicBoolean slow) {
    AtomicInteger pongs = new AtomicInteger();
    page.routeWebSocket(
        url -> url.contains("/live"),
        toPage -> {
          WebSocketRoute toServer = toPage.connectToServer();
          AtomicReference<String> held = new AtomicReference<>();
          toServer.onMessage(
              frame -> {
                boolean pong = frame.text().startsWith("{\"type\":\"pong\"");
                if (pong && slow.get()) {
                  held.set(frame.text());
                  return;
                }
                toPage.send(frame.text());
                if (pong) {
                  pongs.incrementAndGet();
                }
              });
          toPage.onMessage(
              frame -> {
                String pong = held.getAndSet(null);
                if (pong != null) {
                  toPage.send(pong);
                  pongs.incrementAndGet();
                }
                toServer.send(frame.text());
              });
        });
    return pongs;
  }

  private static void quickPongsMeasured(Page page, AtomicInteger pongs) {
    int from = pongs.get();
    page.waitForCondition(() -> pongs.get() >= from + 3);
  }

  @Test
  void theServersClockSetRight_isFollowedAtTheNextPing_overALinkSlowerThanItsQuickest() {
    AtomicBoolean slow = new AtomicBoolean(false);
    Page projector = deviceInTheRoom(1920, 1080, "America/Los_Angeles");
    AtomicInteger pongs = slowingLink(projector, slow);
    projector.navigate(server.base() + "/rooms/networking/display");
    assertThat(projector.locator("#timer")).hasText("09:00");
    quickPongsMeasured(projector, pongs);

    slow.set(true);
    // Past the minute, so that the second the slow link leaves uncertain is moot.
    clock.advance(Duration.ofMinutes(10).plusSeconds(20));

    assertThat(projector.locator("#timer")).hasText("09:10");
    assertThat(projector.locator("#timer-note")).hasText("Session ends 12:30 · 10 min behind");
  }

  @Test
  void aTabletWhoseClockIsSetBack_hasItsNextTapAccepted_overALinkSlowerThanItsQuickest() {
    server.command("{\"type\":\"startTopic\"}");
    long before = server.state().at("/timer/allottedMs").asLong();
    AtomicBoolean slow = new AtomicBoolean(false);
    Page tablet = device(1024, 768);
    AtomicInteger pongs = slowingLink(tablet, slow);
    tablet.clock().install();
    tablet.navigate(server.base() + "/rooms/networking/moderate?key=" + server.moderatorKey());
    assertThat(tablet.locator("#status")).hasText("live");
    quickPongsMeasured(tablet, pongs);

    slow.set(true);
    // The tablet had run ten minutes fast; the network's time sets it right. Were its old estimate
    // of the server's clock kept, each tap's deadline would lie ten minutes in the past.
    long now = ((Number) tablet.evaluate("() => Date.now()")).longValue();
    tablet.clock().setSystemTime(now - Duration.ofMinutes(10).toMillis());
    quickPongsMeasured(tablet, pongs);
    Tablet.button(tablet, "+1 min").click();

    tablet.waitForCondition(
        () -> server.state().at("/timer/allottedMs").asLong() == before + 60_000);
    assertEquals(before + 60_000, server.state().at("/timer/allottedMs").asLong());
  }
}
