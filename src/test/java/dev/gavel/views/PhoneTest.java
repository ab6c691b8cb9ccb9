package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attendee's phone at 390×844. */
class PhoneTest extends BrowserTest {

  @Test
  void aPhone_showsTheTopicTimerAndProgrammeWithoutSidewaysScrolling() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"startTopic\"}");
    Page phone = phone();

    assertThat(phone.locator("[data-slot=title]"))
        .hasText(
            "Scalable kernel-only encapsulation for containers: flow based tunneling with"
                + " standard net_devices");
    assertThat(phone.locator("[data-slot=presenters]")).hasText("Thomas Graf");
    assertThat(phone.locator("[data-slot=timer]"))
        .hasText(java.util.regex.Pattern.compile("^[45]:\\d\\d$"));
    assertThat(phone.locator("#agenda li[data-status=done]")).hasCount(1);
    assertThat(phone.locator("#agenda li[data-status=current]")).hasCount(1);
    assertThat(phone.locator("#agenda li[data-status=coming]")).hasCount(12);
    assertEquals(
        Boolean.FALSE, phone.evaluate("() => document.scrollingElement.scrollWidth > innerWidth"));
    screenshot(phone, "phone");
  }

  @Test
  void aNarrowPhoneOf360Pixels_neverScrollsSideways() {
    server.command("{\"type\":\"startTopic\",\"id\":2}");
    server.command(
        "{\"type\":\"note\",\"text\":\""
            + "averyveryverylongwordwithoutanyspaces".repeat(4)
            + "\"}");
    Page phone = device(360, 740);
    phone.navigate(server.base() + "/rooms/networking");

    assertThat(phone.locator("#notes li[data-seq]")).hasCount(1);
    assertEquals(
        Boolean.FALSE, phone.evaluate("() => document.scrollingElement.scrollWidth > innerWidth"));
    screenshot(phone, "phone-360");
  }

  @Test
  void aPhonesSocket_carriesPlainFrames_thoughTheBrowserOffersCompression() {
    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");

    Object extensions =
        phone.evaluate(
            "() => new Promise((done, failed) => {"
                + " const socket = new WebSocket(`ws://${location.host}/rooms/networking/live`);"
                + " socket.onopen = () => { done(socket.extensions); socket.close(); };"
                + " socket.onerror = () => failed(new Error('the socket did not open')); })");

    assertEquals("", extensions, "the room's one encoded frame goes to every socket as it is");
  }

  @Test
  void thePage_isSmallEnoughForBadWifi() {
    Page phone = device(390, 844);
    List<Integer> sizes = new ArrayList<>();
    phone.onResponse(response -> sizes.add(response.body().length));

    phone.navigate(server.base() + "/rooms/networking");
    assertThat(phone.locator("#status")).hasText("live");

    int total = sizes.stream().mapToInt(Integer::intValue).sum();
    assertTrue(total < 100 * 1024, "the attendee page loads " + total + " bytes");
  }

  @Test
  void theSessionsNotes_areThereBeforeTheSocketConnects() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"note\",\"text\":\"VRF as an L3 master device\"}");
    Page phone = device(390, 844);
    phone.routeWebSocket(url -> url.contains("/live"), socket -> socket.close());

    phone.navigate(server.base() + "/rooms/networking");

    assertThat(phone.locator("#notes li[data-seq]")).containsText("VRF as an L3 master device");
    assertThat(phone.locator("[data-slot=title]")).hasText("A new VRF proposal");
    assertThat(phone.locator("#status")).hasText("No connection — reconnecting…");
  }

  @Test
  void aReaderWhoScrolledUp_isToldOfNewNotes() {
    server.command("{\"type\":\"startTopic\"}");
    for (int i = 1; i <= 30; i++) {
      server.command("{\"type\":\"note\",\"text\":\"Point number " + i + " of the discussion\"}");
    }
    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");
    assertThat(phone.locator("#new-notes")).isHidden();

    phone.evaluate("() => scrollTo(0, 0)");
    server.command("{\"type\":\"note\",\"text\":\"A new point\"}");

    assertThat(phone.locator("#new-notes")).isVisible();
    screenshot(phone, "phone-new-notes");
    phone.locator("#new-notes").click();
    assertThat(phone.locator("#new-notes")).isHidden();
    assertThat(phone.locator("#notes li[data-seq]").last()).isInViewport();
  }

  @Test
  void aNewNote_isFollowedWhenTheReaderIsAtTheNewest() {
    server.command("{\"type\":\"startTopic\"}");
    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");

    server.command("{\"type\":\"note\",\"text\":\"First point\"}");

    assertThat(phone.locator("#notes li[data-seq]")).containsText("First point");
    assertThat(phone.locator("#new-notes")).isHidden();
    assertThat(phone.locator("#no-notes")).isHidden();
  }
}
