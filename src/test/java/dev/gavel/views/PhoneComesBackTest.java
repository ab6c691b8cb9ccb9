package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.Tablet;
import dev.gavel.testing.TestServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A phone whose network drops while the moderator writes notes, and comes back: the lines written
 * meanwhile appear after the earlier ones, in order, and the phone is sent only those, not the
 * whole room again.
 */
class PhoneComesBackTest extends BrowserTest {

  /** One of the phone's sockets: its address and where it started from (snapshot or resumed). */
  private record Socket(String url, List<String> starts) {}

  @Test
  void aPhoneBackOnline_showsTheNotesWrittenMeanwhileAfterTheEarlierOnes_inOrder() {
    server.command("{\"type\":\"startTopic\"}");
    Page tablet = tablet(1280, 800);
    assertThat(tablet.locator("#status")).hasText("live");
    for (int i = 1; i <= 3; i++) {
      Tablet.sendNoteAndWait(tablet, "Before the drop, line " + i);
    }

    List<Socket> sockets = new CopyOnWriteArrayList<>();
    Page phone = device(390, 844);
    phone.onWebSocket(
        socket -> {
          Socket seen = new Socket(socket.url(), new CopyOnWriteArrayList<>());
          sockets.add(seen);
          socket.onFrameReceived(
              frame -> {
                String type = TestServer.json(frame.text()).path("type").asText();
                if (type.equals("snapshot") || type.equals("resumed")) {
                  seen.starts().add(type);
                }
              });
        });
    phone.navigate(server.base() + "/rooms/networking");
    assertThat(phone.locator("#status")).hasText("live");
    assertThat(phone.locator("#notes li[data-seq] .text")).hasCount(3);

    phone.context().setOffline(true);
    assertThat(phone.locator("#status")).not().hasText("live");
    for (int i = 1; i <= 4; i++) {
      Tablet.sendNoteAndWait(tablet, "While the phone was away, line " + i);
    }
    phone.context().setOffline(false);

    assertThat(phone.locator("#status")).hasText("live");
    assertThat(phone.locator("#notes li[data-seq] .text"))
        .hasText(
            new String[] {
              "Before the drop, line 1",
              "Before the drop, line 2",
              "Before the drop, line 3",
              "While the phone was away, line 1",
              "While the phone was away, line 2",
              "While the phone was away, line 3",
              "While the phone was away, line 4"
            });
    screenshot(phone, "phone-comes-back");

    Socket first = sockets.getFirst();
    Socket last = sockets.getLast();
    assertEquals(List.of("snapshot"), first.starts(), first.url());
    assertTrue(last.url().contains("resume="), last.url());
    assertEquals(List.of("resumed"), last.starts(), "only what it missed: " + sockets);
  }
}
