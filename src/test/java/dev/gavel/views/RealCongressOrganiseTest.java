package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.Corpus;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The organiser of DebConf 23 imports the schedule wafer published for it and opens the event on a
 * laptop: the overview of its rooms and days above every talk, then the first day of its main hall,
 * at Kochi's time.
 */
class RealCongressOrganiseTest extends BrowserTest {

  @Test
  void debconf23_opensAsAnOverview_andItsFirstDayInTheMainHallStartsWithTheOpening() {
    HttpResponse<String> imported =
        server.post(
            "/api/events/import", "application/xml", debconf(), TestServer.ORGANISER_SECRET);
    assertEquals(200, imported.statusCode(), imported.body());
    Page laptop = device(1280, 900);

    laptop.navigate(server.base() + "/organise?key=" + TestServer.ORGANISER_SECRET);
    laptop.navigate(server.base() + "/organise/events/debconf23");

    assertThat(laptop.locator("h1")).hasText("DebConf 23");
    // under a page's worth of topics, the event's page holds them all beneath the overview
    assertThat(laptop.locator("#rooms > p.muted").first()).hasText("5 rooms, 86 topics.");
    assertThat(laptop.locator("table.overview tbody tr")).hasCount(5);
    assertThat(laptop.locator("li.topic")).hasCount(86);
    screenshot(laptop, "organise-debconf23-overview");

    laptop
        .getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Anamudi, Sun 10 Sep: 6 topics"))
        .click();

    assertThat(laptop.locator("h1")).hasText("Anamudi · Sun 10 Sep");
    assertThat(laptop.locator("li.topic")).hasCount(6);
    assertThat(laptop.locator("li.topic .title").first()).containsText("Opening Ceremony");
    screenshot(laptop, "organise-debconf23-room-day");
  }

  private static byte[] debconf() {
    return Corpus.file("debconf-23.xml");
  }
}
