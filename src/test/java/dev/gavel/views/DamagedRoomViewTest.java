package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.LogSurgery;
import dev.gavel.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A room whose log was damaged outside Gavel, as the people in it see it: every screen of the room
 * says, in words, that it is closed, what is wrong and where, and how it is repaired, rather than a
 * blank page or a frozen timer.
 */
class DamagedRoomViewTest extends BrowserTest {

  private static final String SAID =
      "The log of room \"networking\" is damaged at position 2: its event cannot be read: unknown"
          + " event type \"teleported\".";

  @Test
  void everyScreenOfADamagedRoom_saysWhatIsWrongAndHowItIsRepaired() {
    assertEquals(200, server.command("{\"type\":\"startTopic\"}").statusCode());
    assertEquals(200, server.command("{\"type\":\"nextSlide\"}").statusCode());
    String moderatorKey = server.moderatorKey();
    server.close();
    LogSurgery.payload(
        data, TestServer.ROOM, 2, "{\"type\":\"teleported\",\"at\":\"2015-08-20T09:00:00Z\"}");
    server = TestServer.start(data);

    for (String path :
        List.of(
            "/rooms/networking/display",
            "/rooms/networking",
            "/rooms/networking/moderate?key=" + moderatorKey)) {
      Page screen = device(1280, 800);
      Response answer = screen.navigate(server.base() + path);

      assertEquals(503, answer.status(), path);
      assertThat(screen.locator("body")).containsText(SAID);
      assertThat(screen.locator("body")).containsText("--repair-room networking");
      if (path.endsWith("/display")) {
        screenshot(screen, "damaged-room-projector");
      }
    }
  }
}
