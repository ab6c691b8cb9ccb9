package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import dev.gavel.testing.BrowserTest;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The projector at 1920×1080, read the way the back row reads it. */
class ProjectorTest extends BrowserTest {

  @Test
  void theProjector_showsASlideChangeMadeOverTheApi() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = projector();
    assertThat(projector.locator("#title")).hasText("A new VRF proposal");
    assertThat(projector.locator("#presenters")).hasText("Shrijeet Mukherjee");
    assertThat(projector.locator("#stakeholders"))
        .hasText("Asked to be here: Routing maintainers (VRF)");
    assertThat(projector.locator("#slide")).hasText("1 / 3");

    server.command("{\"type\":\"nextSlide\"}");

    assertThat(projector.locator("#slide")).hasText("2 / 3");
    assertThat(projector.locator("#slide-marks span.on")).hasCount(2);
  }

  @Test
  void theTimer_isTheLargestThingOnScreen() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = projector();
    // The presentation's five minutes are already running: on a busy machine a second or two has
    // gone.
    assertThat(projector.locator("#timer")).hasText(java.util.regex.Pattern.compile("[45]:\\d\\d"));

    double digits = projector.locator("#timer").boundingBox().height;

    assertTrue(digits >= 1080 / 4.0, "the timer's digits are " + digits + " px high");
    assertEquals(
        "tabular-nums",
        projector.locator("#timer").evaluate("e => getComputedStyle(e).fontVariantNumeric"));
    screenshot(projector, "projector-presentation");
  }

  @Test
  void atTheLastSlide_itSaysSoAndARefusedFourthFlashesANotice() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"nextSlide\"}");
    Page projector = projector();
    assertThat(projector.locator("#last-slide")).isHidden();

    server.command("{\"type\":\"nextSlide\"}");
    assertThat(projector.locator("#last-slide")).isVisible();
    assertThat(projector.locator("#last-slide")).hasText("last slide");

    assertEquals(409, server.command("{\"type\":\"nextSlide\"}").statusCode());
    assertThat(projector.locator("#slide-notice")).hasText("Three slides — time for discussion");
    assertThat(projector.locator("#slide")).hasText("3 / 3");
    screenshot(projector, "projector-slide-limit");
  }

  @Test
  void aCutOff_coversTheScreenUntilItIsUndone() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = projector();
    assertThat(projector.locator("#cut-off")).isHidden();

    server.command("{\"type\":\"cutOff\",\"reason\":\"product pitch\"}");
    assertThat(projector.locator("#cut-off")).isVisible();
    assertThat(projector.locator("#cut-off")).containsText("Pitch cut off by the moderator");
    assertThat(projector.locator("#cut-off")).containsText("Back to discussion");
    assertThat(projector.locator("#cut-off-reason")).hasText("“product pitch”");
    screenshot(projector, "projector-cut-off");

    server.command("{\"type\":\"undoCutOff\"}");
    assertThat(projector.locator("#cut-off")).isHidden();
  }

  @Test
  void interventions_showTheirBanner() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = projector();

    server.command("{\"type\":\"intervene\",\"intervention\":\"timeExtension\",\"minutes\":5}");
    assertThat(projector.locator("#banner")).hasText("Time extension granted: +5 min");
    assertThat(projector.locator("#timer")).containsText("9:5");
    screenshot(projector, "projector-extension");

    server.command("{\"type\":\"intervene\",\"intervention\":\"offTopic\"}");
    assertThat(projector.locator("#banner")).hasText("Off topic — back to the topic, please");
    server.command("{\"type\":\"intervene\",\"intervention\":\"mailingList\"}");
    assertThat(projector.locator("#banner")).hasText("Let’s take this to the mailing list");
  }

  @Test
  void overtime_countsUpAndSaysSo() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"startDiscussion\"}");
    server.command("{\"type\":\"addTime\",\"seconds\":-899}");
    Page projector = projector();

    assertThat(projector.locator("#timer-note")).hasText("Overtime");
    assertThat(projector.locator("#timer"))
        .hasClass(java.util.regex.Pattern.compile("level-overtime"));
    // How far over it is depends on how long the page took to open; that it counts up does not.
    assertThat(projector.locator("#timer"))
        .hasText(java.util.regex.Pattern.compile("^\\+\\d+:\\d\\d$"));
    String first = projector.locator("#timer").textContent();
    projector.waitForFunction(
        "first => document.querySelector('#timer').textContent !== first", first);
    assertTrue(
        overtimeSeconds(projector.locator("#timer").textContent()) > overtimeSeconds(first),
        "the overtime counts up from " + first);
    screenshot(projector, "projector-overtime");
  }

  @Test
  void theProjector_showsTheQrCodeAndAddressOfTheAttendeePage() {
    Page projector = projector();

    assertThat(projector.locator("#join-url"))
        .hasText(server.base().replace("http://", "") + "/rooms/networking");
    projector.waitForFunction("() => document.querySelector('#join-code').naturalWidth > 0");
    screenshot(projector, "projector-between-topics");
  }

  @Test
  void whenItsSocketIsCut_theProjectorKeepsCountingAndCatchesUpAfter() {
    AtomicBoolean cut = new AtomicBoolean(false);
    AtomicReference<WebSocketRoute> current = new AtomicReference<>();
    server.command("{\"type\":\"startTopic\"}");
    Page projector = device(1920, 1080);
    projector.routeWebSocket(
        url -> url.contains("/live"),
        socket -> {
          if (cut.get()) {
            socket.close();
          } else {
            current.set(socket);
            socket.connectToServer();
          }
        });
    projector.navigate(server.base() + "/rooms/networking/display");
    assertThat(projector.locator("#slide")).hasText("1 / 3");
    assertThat(projector.locator("#status")).isHidden();

    cut.set(true);
    current.get().close();
    assertThat(projector.locator("#status")).isVisible();
    assertThat(projector.locator("#status")).hasText("No connection — reconnecting…");
    server.command("{\"type\":\"nextSlide\"}");
    String before = projector.locator("#timer").textContent();
    projector.waitForTimeout(1_500);
    assertNotEquals(before, projector.locator("#timer").textContent(), "the timer kept counting");
    assertThat(projector.locator("#slide")).hasText("1 / 3");

    cut.set(false);
    assertThat(projector.locator("#slide"))
        .hasText(
            "2 / 3",
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                .setTimeout(20_000));
    assertThat(projector.locator("#status")).isHidden();
  }

  /** "+1:05" is 65 seconds over. */
  private static int overtimeSeconds(String shown) {
    String[] parts = shown.substring(1).split(":");
    return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
  }
}
