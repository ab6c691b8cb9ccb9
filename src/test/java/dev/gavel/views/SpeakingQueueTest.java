package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The floor as people use it: attendees queue from their phones, the moderator calls them from the
 * tablet, the projector and the mic runner follow; the speaker alone sees a private cue.
 */
class SpeakingQueueTest extends BrowserTest {

  private static final String CUE = "Wrap up: two minutes left";

  private static void raiseHand(Page phone, String name, String seat, String point) {
    phone.getByText("I'd like to speak").click();
    phone.getByLabel("Your name").fill(name);
    phone.getByLabel("a clarifying question").check();
    phone.getByLabel("Your point in one line").fill(point);
    phone.getByLabel("Where you sit, for the microphone").fill(seat);
    phone.getByText("Join the queue").click();
  }

  private Page page(int width, int height, String path) {
    Page page = device(width, height);
    page.navigate(server.base() + path);
    assertThat(page.locator("#status")).hasText("live");
    return page;
  }

  @Test
  void twoPhonesQueue_andTheTabletCallsThemInOrder() {
    server.command("{\"type\":\"startTopic\"}");
    Page ada = phone();
    Page brian = phone();
    Page tablet = tablet(1280, 800);

    raiseHand(ada, "Ada Lovelace", "row 5, left", "Does the VRF device need its own table?");
    assertThat(ada.locator("#hand-place")).hasText("You are number 1 in the queue.");
    raiseHand(brian, "Brian Kernighan", "front row", "What about MPLS?");
    assertThat(brian.locator("#hand-place")).hasText("You are number 2 in the queue.");
    brian
        .locator("#queue li", new Page.LocatorOptions().setHasText("Ada Lovelace"))
        .getByText("+1")
        .click();
    assertThat(tablet.locator("#floor-panel #queue li")).hasCount(2);
    assertThat(tablet.locator("#floor-panel #queue li").first()).containsText("+1");
    screenshot(ada, "phone-queue");

    tablet.locator("#floor-panel").getByText("Call next").click();

    assertThat(ada.locator("#hand-place"))
        .hasText("It is your turn: the microphone is on its way.");
    assertThat(tablet.locator("#turn"))
        .hasText(Pattern.compile("^[12]:\\d\\d left of Ada Lovelace's turn$"));
    assertThat(tablet.locator("#floor-panel #queue li")).hasCount(1);
    screenshot(tablet, "tablet-queue");
    tablet.locator("#floor-panel").getByText("Call next").click();
    assertThat(brian.locator("#hand-place"))
        .hasText("It is your turn: the microphone is on its way.");
  }

  @Test
  void theProjectorAndTheMicRunner_followTheQueue() {
    server.command("{\"type\":\"startTopic\"}");
    server.raiseHand(null, "{\"name\":\"Ada Lovelace\",\"seat\":\"row 5, left\"}");
    server.raiseHand(null, "{\"name\":\"Brian Kernighan\",\"kind\":\"clarify\"}");
    Page projector = projector();
    Page mic = page(390, 844, "/rooms/networking/mic?key=" + server.micKey());
    assertThat(mic.locator("#next li").first()).containsText("row 5, left");
    screenshot(mic, "mic-runner");

    server.command("{\"type\":\"callSpeaker\"}");

    assertThat(projector.locator("#floor"))
        .hasText("Speaking: Ada Lovelace · Next: Brian Kernighan");
    assertThat(mic.locator("#speaking")).hasText("Ada Lovelace — row 5, left");
    assertThat(mic.locator("#next li")).hasCount(1);
    assertThat(mic.locator("#next li").first()).containsText("seat not given");
    screenshot(projector, "projector-floor");
    server.command("{\"type\":\"callSpeaker\"}");
    assertThat(projector.locator("#floor")).hasText("Speaking: Brian Kernighan");
    assertThat(mic.locator("#nobody")).isVisible();
  }

  @Test
  void aPrivateCue_reachesTheSpeakersViewAndNeverTheProjectorOrAPhone() {
    server.command("{\"type\":\"startTopic\"}");
    List<String> traffic = new CopyOnWriteArrayList<>();
    Page projector = device(1920, 1080);
    Page phone = device(390, 844);
    for (Page watcher : List.of(projector, phone)) {
      // Every frame their sockets receive, from the first: the snapshot included.
      watcher.onWebSocket(socket -> socket.onFrameReceived(frame -> traffic.add(frame.text())));
    }
    projector.navigate(server.base() + "/rooms/networking/display");
    phone.navigate(server.base() + "/rooms/networking");
    assertThat(phone.locator("#status")).hasText("live");
    Page stage = page(1280, 720, "/rooms/networking/stage?key=" + server.stageKey());

    server.command("{\"type\":\"cue\",\"text\":\"" + CUE + "\"}");
    server.command("{\"type\":\"roomMessage\",\"text\":\"Lunch is at 12:30 in hall B\"}");

    assertThat(stage.locator("#cue")).hasText(CUE);
    for (Page watcher : List.of(projector, phone)) {
      assertThat(watcher.locator("#room-message")).hasText("Lunch is at 12:30 in hall B");
      assertFalse(watcher.content().contains("Wrap up"), "the cue is in a watcher's page");
    }
    assertFalse(traffic.isEmpty());
    assertFalse(
        traffic.stream().anyMatch(frame -> frame.contains("Wrap up")),
        "the cue crossed a watcher's socket");
    screenshot(stage, "stage-cue");
    screenshot(projector, "projector-room-message");
  }

  @Test
  void blackout_darkensTheProjectorButForASmallClock() {
    server.command("{\"type\":\"startTopic\"}");
    Page projector = projector();
    Page tablet = tablet(1280, 800);
    assertThat(tablet.locator("#status")).hasText("live");

    tablet.locator("#blackout-toggle").click();

    assertThat(projector.locator("#blackout")).isVisible();
    assertThat(projector.locator("#blackout-clock")).hasText(Pattern.compile("\\d:\\d\\d"));
    screenshot(projector, "projector-blackout");
    tablet.locator("#blackout-toggle").click();
    assertThat(projector.locator("#blackout")).isHidden();
    assertEquals(Boolean.FALSE, server.state().get("blackout").asBoolean());
  }

  @Test
  void theTablet_hidesTheProjectorsClockAndShowsItsQrCodeFullSize() {
    Page projector = projector();
    Page tablet = tablet(1280, 800);
    assertThat(tablet.locator("#status")).hasText("live");

    tablet.locator("#clock-toggle").click();
    assertThat(projector.locator("#timer")).isHidden();
    tablet.locator("#clock-toggle").click();
    assertThat(projector.locator("#timer")).isVisible();

    tablet.locator("#qr-toggle").click();
    assertThat(projector.locator("#qr-full")).isVisible();
    assertThat(tablet.locator("#qr-toggle")).hasAttribute("aria-pressed", "true");
    double side =
        ((Number)
                projector.evaluate(
                    "() => document.querySelector('#qr-full-code').getBoundingClientRect().height"))
            .doubleValue();
    assertEquals(true, side >= 0.6 * 1080, "the QR code is " + side + " px high");
    screenshot(projector, "projector-qr-full");
  }
}
