package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.TestServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The organiser paces the event on its page as a person would: a short speaker's turn, and a
 * lightning topic's one-minute warning. The room's screens then cue at that minute, not at two, and
 * the tablet counts the event's turn down.
 */
class PacingViewTest extends BrowserTest {

  private static final Pattern ANY = Pattern.compile(".*");

  private Page organiser() {
    Page laptop = device(1280, 800);
    laptop.navigate(server.base() + "/organise?key=" + TestServer.ORGANISER_SECRET);
    laptop.getByText("Linux Plumbers Conference 2015").click();
    assertThat(laptop.locator("h1")).hasText("Linux Plumbers Conference 2015");
    return laptop;
  }

  private Page stage() {
    Page page = device(1280, 720);
    page.navigate(server.base() + "/rooms/networking/stage?key=" + server.stageKey());
    assertThat(page.locator("#status")).hasText("live");
    return page;
  }

  @Test
  void aWarningBelowTheDanger_isShownBesideItsField_andNothingIsSaved() {
    Page laptop = organiser();
    Locator event = laptop.locator("#event");
    event.getByText("Edit the event").click();
    event.getByLabel("A speaker's turn").fill("0:45");
    event.getByLabel("Warning at").fill("0:30");
    event.getByLabel("Danger at").fill("1:00");
    event.getByText("Save the event").click();
    // A slip: the page says what to type beside the field, and keeps what was typed.
    Locator warning = laptop.locator("#event").getByLabel("Warning at");
    assertThat(warning).hasAttribute("aria-invalid", "true");
    assertThat(laptop.locator("#" + warning.getAttribute("aria-describedby")))
        .hasText(
            "The warning (0:30) cannot come after the danger (1:00): it is as long or longer.");
    warning.scrollIntoViewIfNeeded();
    screenshot(laptop, "organise-event-pacing-error");
    assertThat(laptop.locator("#event .muted").first())
        .containsText("a speaker's turn 2:00 · warning at Gavel's, danger at Gavel's");
  }

  @Test
  void theOrganisersTurnAndLightningWarning_paceTheStageTheProjectorAndTheTablet() {
    Page laptop = organiser();
    Locator event = laptop.locator("#event");
    event.getByText("Edit the event").click();
    event.getByLabel("A speaker's turn").fill("0:45");
    laptop.locator("#event").getByText("Save the event").click();
    assertThat(laptop.locator("#event .muted").first())
        .containsText("a speaker's turn 0:45 · warning at Gavel's, danger at Gavel's");

    Locator topic = laptop.locator("#topic-1");
    topic.locator("summary", new Locator.LocatorOptions().setHasText("Edit")).first().click();
    topic.getByLabel("Budget (minutes)").fill("5");
    topic.getByLabel("Presenting (minutes)").fill("2");
    topic.getByLabel("Warning at").fill("1:00");
    topic.getByText("Save the topic").click();
    assertThat(laptop.locator("#topic-1 .topic-line"))
        .containsText("5 min (2 presenting) · 3 slides · warns at 1:00");
    laptop.locator("#topic-1").scrollIntoViewIfNeeded();
    screenshot(laptop, "organise-topic-warning");
    laptop.context().close();

    server.command("{\"type\":\"startTopic\",\"id\":1}");
    // Held at its two minutes, so that only the moderator's steps move it, however slowly the
    // pages open on a busy machine.
    server.command("{\"type\":\"pauseTimer\"}");
    Page projector = projector();
    Page stage = stage();
    Page tablet = tablet(1024, 768);
    assertThat(tablet.locator("#status")).hasText("live");

    // 1:30 left of the presentation: past Gavel's two minutes, short of the topic's one.
    server.command("{\"type\":\"addTime\",\"seconds\":-30}");
    assertThat(projector.locator("#timer")).hasText(Pattern.compile("^1:[23]\\d$"));
    assertThat(projector.locator("body")).hasAttribute("data-level", "normal");
    assertThat(stage.locator("[data-slot=timer]")).hasText(Pattern.compile("^1:[23]\\d$"));
    assertThat(stage.locator("#now")).hasAttribute("data-level", "normal");
    assertThat(projector.locator("#timer")).not().hasAttribute("data-flash", ANY);
    assertThat(stage.locator("[data-slot=timer]")).not().hasAttribute("data-flash", ANY);

    server.command("{\"type\":\"addTime\",\"seconds\":-31}");
    assertThat(projector.locator("#timer")).hasAttribute("data-flash", "warning");
    assertThat(stage.locator("[data-slot=timer]")).hasAttribute("data-flash", "warning");
    assertThat(tablet.locator("#now [data-slot=timer]")).hasAttribute("data-flash", "warning");
    screenshot(projector, "projector-lightning-warning");
    screenshot(stage, "stage-lightning-warning");

    server.raiseHand(null, "{\"name\":\"Ada Lovelace\",\"kind\":\"point\"}");
    tablet.locator("#floor-panel").getByText("Call next").click();
    // The event's 45 seconds (a two-minute turn would read 1:xx for over a minute).
    assertThat(tablet.locator("#turn"))
        .hasText(Pattern.compile("^0:[0-4]\\d left of Ada Lovelace's turn$"));
    assertThat(stage.locator("#turn"))
        .hasText(Pattern.compile("^0:[0-4]\\d left of Ada Lovelace's turn$"));
    assertEquals(45_000, server.state().at("/speaking/turnMs").asLong());
    screenshot(tablet, "tablet-event-turn");
    screenshot(stage, "stage-event-turn");
  }
}
