package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organiser on a laptop, before the event: sessions, topics, their order and stakeholders. */
class OrganiseTest extends BrowserTest {

  @Test
  void anOrganiser_buildsASessionFixesAMistakeReordersTopicsAndAddsAStakeholder() {
    Page laptop = organiser();
    laptop.getByText("Linux Plumbers Conference 2015").click();
    assertThat(laptop.locator("h1")).hasText("Linux Plumbers Conference 2015");

    Locator room = laptop.locator("#room-networking");
    room.locator("summary", new Locator.LocatorOptions().setHasText("Add a session")).click();
    room.getByLabel("Title").last().fill("Afternoon: routing");
    room.getByLabel("Start (America/Los_Angeles)").last().fill("2015-08-20T14:00");
    room.getByLabel("End").last().fill("2015-08-20T15:30");
    room.getByText("Add the session").click();
    Locator session =
        laptop.locator(
            "article.session",
            new Page.LocatorOptions()
                .setHas(
                    laptop.locator(
                        "h3", new Page.LocatorOptions().setHasText("Afternoon: routing"))));
    assertThat(session.locator(".meta")).containsText("14:00–15:30");

    addTopic(session, "Routing daemons and the kernel", "Ana", "10", "12");
    Locator presentation = session.getByLabel("Presenting (minutes)");
    assertThat(presentation).hasAttribute("aria-invalid", "true");
    Locator error = laptop.locator("#" + presentation.getAttribute("aria-describedby"));
    assertThat(error).hasText("The presentation's minutes cannot be more than the budget (10).");
    assertThat(laptop.locator(".error-summary")).isVisible();
    assertThat(session.getByLabel("Title").last()).hasValue("Routing daemons and the kernel");
    presentation.scrollIntoViewIfNeeded();
    screenshot(laptop, "organise-field-error");

    presentation.fill("5");
    session.getByText("Add the topic").click();
    addTopic(session, "Socket API for VRF", "Ben", "15", "");
    assertEquals(List.of("Routing daemons and the kernel", "Socket API for VRF"), titles(session));

    session.locator("li.topic").first().getByText("Down").click();
    assertThat(session.locator("li.topic .title"))
        .hasText(new String[] {"Socket API for VRF", "Routing daemons and the kernel"});

    session.getByLabel("Name").last().fill("David Ahern");
    session.getByLabel("Area").last().fill("VRF");
    session.getByLabel("State").last().selectOption("confirmed");
    session
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true))
        .last()
        .click();
    assertThat(session.locator("ul.people li[data-state=confirmed]")).containsText("David Ahern");
    session.scrollIntoViewIfNeeded();
    screenshot(laptop, "organise-session");
    fullPage(laptop, "organise-event");
  }

  @Test
  void theStartPage_listsTheEventsAndCreatesOne() {
    Page laptop = organiser();
    laptop.getByLabel("Slug (in its links)").fill("netdev-2026");
    laptop.getByLabel("Title").fill("Netdev 0x1a");
    laptop.getByLabel("Time zone").fill("Europe/Zagreb");
    screenshot(laptop, "organise-start");
    laptop.getByText("Create the event").click();

    assertThat(laptop.locator("h1")).hasText("Netdev 0x1a");
    assertThat(laptop.locator("#event")).containsText("Not published yet");
  }

  @Test
  void aScheduleFileImportedFromTheStartPage_saysWhatItMadeAndWhatItRefused() throws Exception {
    Page laptop = organiser();
    java.nio.file.Path file = data.resolve("netdev.xml");
    try (var in = OrganiseTest.class.getResourceAsStream("/organise/netdev-schedule.xml")) {
      java.nio.file.Files.copy(in, file);
    }
    laptop.getByLabel("Schedule file").setInputFiles(file);
    laptop
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
        .click();
    Locator result = laptop.locator("#import-result");
    assertThat(result.locator(".tally"))
        .hasText("Importing it would make 2 rooms, 2 sessions, 3 topics.");
    result.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import it")).click();

    assertThat(result.locator(".tally")).hasText("The import made 2 rooms, 2 sessions, 3 topics.");
    screenshot(laptop, "organise-imported");
    result.getByText("Open the event").click();
    assertThat(laptop.locator("h1")).hasText("Netdev 0x19");
    assertThat(laptop.locator("#room-lodz")).containsText("IPv6-only data centres");

    laptop.navigate(server.base() + "/organise");
    java.nio.file.Path broken = data.resolve("broken.xml");
    java.nio.file.Files.writeString(broken, "<schedule><conference>");
    laptop.getByLabel("Schedule file").setInputFiles(broken);
    laptop
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
        .click();
    assertThat(result).containsText("Nothing was imported:");
    assertThat(result).hasClass(java.util.regex.Pattern.compile("field-error"));
  }

  @Test
  void aTopicDraggedOntoAnother_takesItsPlace() {
    Page laptop = organiser();
    laptop.navigate(server.base() + "/organise/events/lpc2015");
    Locator topics = laptop.locator("#session-1 li.topic");
    String third = topics.nth(2).locator(".title").textContent();

    topics.nth(2).dragTo(topics.nth(0));

    assertThat(topics.nth(0).locator(".title")).hasText(third);
  }

  /** Logs in with the printed link, as the organiser does once per browser. */
  private Page organiser() {
    Page laptop = device(1280, 800);
    laptop.navigate(server.base() + "/organise?key=" + TestServer.ORGANISER_SECRET);
    assertThat(laptop).hasURL(server.base() + "/organise");
    return laptop;
  }

  private static void addTopic(
      Locator session, String title, String presenter, String budget, String presentation) {
    Locator add = session.locator("details.add").last();
    if (add.getAttribute("open") == null) {
      add.locator("summary").click();
    }
    add.getByLabel("Title").fill(title);
    add.getByLabel("Presenters, one per line").fill(presenter);
    add.getByLabel("Budget (minutes)").fill(budget);
    add.getByLabel("Presenting (minutes)").fill(presentation);
    add.getByText("Add the topic").click();
  }

  private static List<String> titles(Locator session) {
    return session.locator("li.topic .title").allTextContents();
  }

  static void fullPage(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
  }
}
