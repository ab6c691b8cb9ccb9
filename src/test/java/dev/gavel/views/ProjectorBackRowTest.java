package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.ManualClock;
import dev.gavel.testing.Programmes;
import dev.gavel.testing.ScreenChecks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The projector read from the back row, on every screen a room may have: 16:9 at two sizes and an
 * old 4:3 one. The room's time stands still in the test's hand, so every digit is exact.
 */
class ProjectorBackRowTest extends BrowserTest {

  /** The demo session's planned start: 20 August 2015, 09:00 in Seattle. */
  private static final Instant NINE_AM = Instant.parse("2015-08-20T16:00:00Z");

  private static final int[][] SCREENS = {{1920, 1080}, {1280, 720}, {1024, 768}};

  private final ManualClock clock = new ManualClock(NINE_AM);

  @Override
  protected Clock serverClock() {
    return clock;
  }

  private Page projectorAt(int width, int height) {
    Page page = deviceInTheRoom(width, height, "America/Los_Angeles");
    page.navigate(server.base() + "/rooms/networking/display");
    assertThat(page.locator("#status")).isHidden();
    return page;
  }

  /** The long topic running after the first one, on its last slide, its timer paused. */
  private long longTopicOnItsLastSlide() {
    long id = Programmes.addLongTopic(server);
    server.command("{\"type\":\"startTopic\",\"id\":1}");
    server.command("{\"type\":\"startTopic\",\"id\":" + id + "}");
    server.command("{\"type\":\"nextSlide\"}");
    server.command("{\"type\":\"nextSlide\"}");
    server.command("{\"type\":\"pauseTimer\"}");
    return id;
  }

  @Test
  void aLongTitleAndSixLongNames_areNeverCut_onAnyScreen() {
    longTopicOnItsLastSlide();
    for (int[] screen : SCREENS) {
      Page projector = projectorAt(screen[0], screen[1]);

      assertThat(projector.locator("#title")).hasText(Programmes.LONG_TITLE);
      assertThat(projector.locator("#presenters"))
          .hasText(Pattern.compile("^Zoë Ångström-Øvergård.* … \\+ [1-5]$"));
      assertThat(projector.locator("#presenters"))
          .hasAttribute("title", String.join(", ", Programmes.SIX_PRESENTERS));
      assertThat(projector.locator("#stakeholders"))
          .hasText(Pattern.compile("^Asked to be here: "));
      assertThat(projector.locator("#last-slide")).isVisible();
      assertThat(projector.locator("#next-title"))
          .hasText(Pattern.compile("^Scalable kernel-only"));

      assertEquals(List.of(), ScreenChecks.clipped(projector), "at " + screen[0] + "×" + screen[1]);
      screenshot(projector, "projector-long-title-" + screen[0] + "x" + screen[1]);
    }
  }

  @Test
  void theClockFitsA4to3Screen_tenMinutesOver_andAnHourLong() {
    longTopicOnItsLastSlide();
    server.command("{\"type\":\"startTimer\"}");
    server.command("{\"type\":\"startDiscussion\"}");
    clock.advance(Duration.ofMinutes(25));
    server.command("{\"type\":\"pauseTimer\"}");
    Page projector = projectorAt(1024, 768);

    assertThat(projector.locator("#timer")).hasText("+10:00");
    assertClockFits(projector);
    screenshot(projector, "projector-clock-ten-over-1024x768");

    server.command("{\"type\":\"addTime\",\"seconds\":3600}");
    server.command("{\"type\":\"addTime\",\"seconds\":723}");
    assertThat(projector.locator("#timer")).hasText("1:02:03");
    assertClockFits(projector);
    screenshot(projector, "projector-clock-an-hour-1024x768");
  }

  private static void assertClockFits(Page projector) {
    BoundingBox digits = projector.locator("#timer").boundingBox();
    BoundingBox face = projector.locator(".clock-face").boundingBox();
    assertTrue(
        digits.x >= face.x - 1 && digits.x + digits.width <= face.x + face.width + 1,
        "the digits are " + digits.width + " px wide in a face of " + face.width);
    assertTrue(digits.height >= 768 * 0.2, "the digits are still " + digits.height + " px high");
    assertEquals(List.of(), ScreenChecks.clipped(projector));
  }

  @Test
  void whatTheBackRowMustRead_hasACapHeightOfAtLeast3Point1PercentOfTheScreen() {
    longTopicOnItsLastSlide();
    List<String> presentation =
        List.of(".slides-label", "#presenters", "#timer-note", "#last-slide", "#next-title");
    for (int[] screen : SCREENS) {
      Page projector = projectorAt(screen[0], screen[1]);
      assertThat(projector.locator("#timer-note")).hasText("Paused");
      assertAllReadable(ScreenChecks.capHeights(projector, presentation), screen);
    }

    server.command("{\"type\":\"startTimer\"}");
    server.command("{\"type\":\"startDiscussion\"}");
    clock.advance(Duration.ofMinutes(16));
    for (int[] screen : SCREENS) {
      Page projector = projectorAt(screen[0], screen[1]);
      assertThat(projector.locator("#timer-note")).hasText("Overtime");
      assertAllReadable(
          ScreenChecks.capHeights(projector, List.of("#timer-note", "#presenters", "#next-title")),
          screen);
    }
  }

  private static void assertAllReadable(Map<String, Double> capHeights, int[] screen) {
    capHeights.forEach(
        (selector, share) ->
            assertTrue(
                share >= 0.031,
                selector
                    + " has a cap height of "
                    + String.format("%.2f", share * 100)
                    + " % at "
                    + screen[0]
                    + "×"
                    + screen[1]));
  }

  @Test
  void theTimersStatesFitADiscussionFirstFormat() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = projectorAt(1920, 1080);
    Locator timer = projector.locator("#timer");
    Locator note = projector.locator("#timer-note");
    assertThat(timer).hasClass(Pattern.compile("\\blevel-normal\\b"));
    assertThat(projector.locator("#slides")).isVisible();

    clock.advance(Duration.ofSeconds(210));
    assertThat(note).hasText("Under 2 min");
    assertThat(timer).hasClass(Pattern.compile("\\blevel-warning\\b"));
    screenshot(projector, "projector-warning");

    clock.advance(Duration.ofSeconds(150));
    assertThat(note).hasText("Presentation time is up: discussion");
    assertThat(timer).hasClass(Pattern.compile("\\blevel-discussionDue\\b"));
    assertThat(timer).hasText(Pattern.compile("^(9:00|8:59)$"));
    screenshot(projector, "projector-presentation-time-up");

    server.command("{\"type\":\"nextSlide\"}");
    server.command("{\"type\":\"nextSlide\"}");
    assertThat(projector.locator("#last-slide")).isVisible();
    server.command("{\"type\":\"startDiscussion\"}");
    assertThat(projector.locator("#phase")).hasText("Discussion");
    assertThat(projector.locator("#slides")).isHidden();
    assertThat(projector.locator("#last-slide")).isHidden();
    assertThat(timer).hasText(Pattern.compile("^(9:00|8:59)$"));
    assertThat(timer).hasClass(Pattern.compile("\\blevel-normal\\b"));

    clock.advance(Duration.ofMinutes(10));
    assertThat(note).hasText("Overtime");
    assertThat(timer).hasClass(Pattern.compile("\\blevel-overtime\\b"));
    assertEquals("mark-blink", note.evaluate("e => getComputedStyle(e).animationName"));
    assertEquals(
        "rgb(255, 92, 92)",
        projector.locator(".clock").evaluate("e => getComputedStyle(e).borderTopColor"));
    screenshot(projector, "projector-overtime-frame");

    projector.emulateMedia(
        new Page.EmulateMediaOptions()
            .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
    assertEquals("none", note.evaluate("e => getComputedStyle(e).animationName"));
    assertThat(note).hasText("Overtime");
  }

  @Test
  void betweenTopics_theRoomSeesTheTimeOfDay_theSessionsEnd_andHowItRuns() {
    Page projector = projectorAt(1920, 1080);

    assertThat(projector.locator("#timer")).hasText("09:00");
    assertThat(projector.locator("#timer-note")).hasText("Session ends 12:30 · on time");
    screenshot(projector, "projector-between-topics-on-time");

    clock.advance(Duration.ofMinutes(10));
    assertThat(projector.locator("#timer")).hasText("09:10");
    assertThat(projector.locator("#timer-note")).hasText("Session ends 12:30 · 10 min behind");

    server.command("{\"type\":\"skipTopic\"}");
    assertThat(projector.locator("#timer-note")).hasText("Session ends 12:30 · 5 min ahead");
    assertThat(projector.locator("#title")).hasText(Pattern.compile("^Scalable kernel-only"));
    screenshot(projector, "projector-between-topics-ahead");
  }
}
