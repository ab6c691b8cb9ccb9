package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.Congress;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The organiser of a congress of 1,000 topics (10 rooms, 4 days) opens the event's page on a
 * laptop: an overview of rooms and days, from which one room's day opens with its topics to edit.
 */
class BigEventOrganiseTest extends BrowserTest {

  @Test
  void aThousandTopicEvent_opensAsAnOverview_andARoomsDayOpensWithItsTopics() {
    HttpResponse<String> imported =
        server.post(
            "/api/events/import",
            "application/xml",
            Congress.frabXml("bench", 10, 4, 25).getBytes(StandardCharsets.UTF_8),
            TestServer.ORGANISER_SECRET);
    assertEquals(200, imported.statusCode(), imported.body());
    Page laptop = device(1280, 900);

    laptop.navigate(server.base() + "/organise?key=" + TestServer.ORGANISER_SECRET);
    laptop.navigate(server.base() + "/organise/events/bench");

    assertThat(laptop.locator("h1")).hasText("Bench Congress");
    assertThat(laptop.locator("#rooms > p.muted").first())
        .hasText("10 rooms, 1000 topics. Open a room, or one of its days, to edit its sessions.");
    assertThat(laptop.locator("table.overview tbody tr")).hasCount(10);
    assertThat(laptop.locator("li.topic")).hasCount(0);
    screenshot(laptop, "organise-big-event-overview");

    laptop
        .getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Saal 3, Mon 28 Dec: 25 topics"))
        .click();

    assertThat(laptop.locator("h1")).hasText("Saal 3 · Mon 28 Dec");
    assertThat(laptop.locator("li.topic")).hasCount(25);
    assertThat(laptop.locator("li.topic .title").first()).containsText("Talk ");
    screenshot(laptop, "organise-big-event-room-day");
  }
}
