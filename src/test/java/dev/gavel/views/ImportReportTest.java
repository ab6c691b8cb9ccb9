package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The organiser imports a community conference's calendar with the flaws real ones have: checks it
 * first, reads what Gavel would adjust, skip and clash, imports it, and finds the clash on the
 * event's page.
 */
class ImportReportTest extends BrowserTest {

  private static final LocatorAssertions.HasTextOptions ANSWERED =
      new LocatorAssertions.HasTextOptions().setTimeout(30_000);

  /** LF line endings, a folded line, no DTEND, an empty SUMMARY, a reused UID, a lunch, a clash. */
  private static final String FLAWED =
      """
      BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//Indico//EN
      X-WR-CALNAME:Open Hardware Day 2026
      X-WR-TIMEZONE:Europe/Berlin
      BEGIN:VEVENT
      UID:ohd-1
      SUMMARY:Opening
      DTSTART;TZID=Europe/Berlin:20260912T090000
      DTEND;TZID=Europe/Berlin:20260912T093000
      LOCATION:Tent
      END:VEVENT
      BEGIN:VEVENT
      UID:ohd-2
      SUMMARY:Open mic: bring the board you are stuck on and the people in the tent help
        you
      DTSTART;TZID=Europe/Berlin:20260912T093000
      LOCATION:Tent
      END:VEVENT
      BEGIN:VEVENT
      UID:ohd-3
      SUMMARY:Soldering lab
      DTSTART;TZID=Europe/Berlin:20260912T100000
      DTEND;TZID=Europe/Berlin:20260912T110000
      LOCATION:Tent
      END:VEVENT
      BEGIN:VEVENT
      UID:ohd-3
      SUMMARY:KiCad in twenty minutes
      DTSTART;TZID=Europe/Berlin:20260912T101000
      DTEND;TZID=Europe/Berlin:20260912T103000
      LOCATION:Tent
      END:VEVENT
      BEGIN:VEVENT
      UID:ohd-4
      SUMMARY:
      DTSTART;TZID=Europe/Berlin:20260912T110000
      DTEND;TZID=Europe/Berlin:20260912T112000
      LOCATION:Tent
      END:VEVENT
      BEGIN:VEVENT
      UID:ohd-5
      SUMMARY:Lunch
      DTSTART;TZID=Europe/Berlin:20260912T120000
      DTEND;TZID=Europe/Berlin:20260912T130000
      LOCATION:Tent
      END:VEVENT
      END:VCALENDAR
      """;

  @Test
  void aFlawedCalendar_isCheckedReadImportedAndItsClashIsOnTheEventsPage() throws Exception {
    Page laptop = device(1280, 900);
    laptop.navigate(server.base() + "/organise?key=" + TestServer.ORGANISER_SECRET);
    Path file = data.resolve("open-hardware-day.ics");
    Files.writeString(file, FLAWED);

    laptop.getByLabel("Schedule file").setInputFiles(file);
    laptop
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
        .click();

    Locator report = laptop.locator("#import-result");
    // The check and the import are each one request to the server, which a loaded machine may
    // take a while to answer: wait for the answer longer than for what a click shows at once.
    assertThat(report.locator("h3"))
        .hasText("What importing open-hardware-day.ics would do", ANSWERED);
    assertThat(report.locator(".tally"))
        .hasText("Importing it would make 1 room, 1 session, 5 topics.");
    assertThat(report.locator(".report-clashes summary"))
        .hasText("1 clash: topics at one time in one room");
    assertThat(report.locator(".report-clashes li"))
        .hasText(
            "Tent: “Soldering lab” (Sat 12 Sep 10:00–11:00, in this file) and “KiCad in twenty"
                + " minutes” (Sat 12 Sep 10:10–10:30, in this file) are planned at the same time.");
    assertThat(report.locator(".report-adjusted > summary"))
        .hasText("Taken with an adjustment (3)");
    assertThat(report.locator(".report-adjusted"))
        .containsText(
            "Open mic: bring the board you are stuck on and the people in the tent help you,"
                + " 2026-09-12 09:30: it has no end after its start. Gavel: given 30 minutes.");
    assertThat(report.locator(".report-skipped"))
        .containsText("Lunch, 2026-09-12 12:00: a break, not a topic.");
    report.locator(".report-adjusted > summary").scrollIntoViewIfNeeded();
    screenshot(laptop, "import-dry-run");
    assertThat(laptop.locator("#import-result .report-made > summary"))
        .hasText("Topics it would make (5)");
    assertThat(
            laptop
                .locator("#import-result")
                .getByText("Open the event", new Locator.GetByTextOptions()))
        .hasCount(0);

    report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import it")).click();

    assertThat(report.locator("h3"))
        .hasText("Imported open-hardware-day.ics into open-hardware-day-2026", ANSWERED);
    assertThat(report.locator(".tally")).hasText("The import made 1 room, 1 session, 5 topics.");
    screenshot(laptop, "import-done");
    report.getByText("Open the event").click();

    assertThat(laptop.locator("h1")).hasText("Open Hardware Day 2026");
    Locator clashes = laptop.locator("#room-clashes");
    assertThat(clashes)
        .containsText(
            "Tent, Sat 12 Sep, 10:10–10:30: “Soldering lab” (10:00–11:00) and “KiCad in twenty"
                + " minutes” (10:10–10:30) are both planned then");
    assertThat(laptop.locator("#overview-tent .warn-text")).hasText("1");
    clashes.scrollIntoViewIfNeeded();
    screenshot(laptop, "import-clash-on-event-page");
    clashes.getByText("“KiCad in twenty minutes”").click();
    assertThat(laptop.locator("li.topic:target .title")).hasText("KiCad in twenty minutes");
  }
}
