package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.gavel.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The attendee's phone without JavaScript reads the notes the server wrote into the page; after a
 * session, the phone and the public programme lead to its notes and its report.
 */
class PhoneAfterTest extends BrowserTest {

  private void note(String json) {
    assertEquals(200, server.command(json, server.notesKey()).statusCode());
  }

  @Test
  void aPhoneWithoutJavaScript_readsTheNotesWrittenSoFar() {
    server.command("{\"type\":\"startTopic\"}");
    note("{\"type\":\"note\",\"text\":\"VRF as an **L3 master** device\",\"by\":\"Ana López\"}");
    note("{\"type\":\"note\",\"text\":\"Acme Cloud sales pitch\"}");
    note("{\"type\":\"strikeNote\",\"note\":3}");
    note("{\"type\":\"note\",\"text\":\"Take the socket API question to netdev\"}");
    Page phone = deviceWithoutJavaScript(390, 844);

    phone.navigate(server.base() + "/rooms/networking");

    assertThat(phone.locator("#room-name")).hasText("Networking microconference");
    assertThat(phone.locator("#notes li[data-seq]")).hasCount(2);
    assertThat(phone.locator("#notes li.topic-label")).hasText("A new VRF proposal");
    assertThat(phone.locator("#notes li[data-seq]").first()).containsText("Ana López");
    assertThat(phone.locator("#notes strong")).hasText("L3 master");
    assertThat(phone.getByText("No notes yet for this session.")).isHidden();
    assertThat(phone.locator("body")).not().containsText("Acme");
    assertThat(phone.locator("#agenda li").first()).containsText("A new VRF proposal");
    screenshot(phone, "phone-without-javascript");
  }

  @Test
  void aPhoneWithJavaScript_takesOverTheWrittenNotesWithoutDoublingThem() {
    server.command("{\"type\":\"startTopic\"}");
    note("{\"type\":\"note\",\"text\":\"First line\"}");
    note("{\"type\":\"note\",\"text\":\"Second line\"}");
    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");

    note("{\"type\":\"note\",\"text\":\"Third line\"}");

    assertThat(phone.locator("#notes li[data-seq]")).hasCount(3);
    assertThat(phone.locator("#notes li.topic-label")).hasCount(1);
    assertThat(phone.locator("#agenda li")).hasCount(14);
  }

  @Test
  void afterTheSession_thePhoneLinksToItsNotesAndReport() {
    server.command("{\"type\":\"startTopic\"}");
    note("{\"type\":\"note\",\"text\":\"Take the socket API question to netdev\"}");
    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");
    assertThat(phone.locator("#past li")).hasCount(0);
    assertThat(phone.getByText("Once a session is over, its notes and report are here."))
        .isVisible();

    server.command("{\"type\":\"endSession\"}");

    assertThat(phone.locator("#past li")).hasCount(1);
    assertThat(phone.locator("#past li")).containsText("Networking");
    screenshot(phone, "phone-after-the-session");
    phone
        .locator("#past")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Notes"))
        .click();
    assertThat(phone.locator("#topic-1 .notes li"))
        .containsText("Take the socket API question to netdev");

    Page later = deviceWithoutJavaScript(390, 844);
    later.navigate(server.base() + "/rooms/networking");
    later
        .locator("#past")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Report"))
        .click();
    assertThat(later.locator("h1")).containsText("report");
  }

  @Test
  void afterTheSession_theProgrammeLinksToItsNotesAndReport() {
    Page reader = device(390, 844);
    reader.navigate(server.base() + "/events/lpc2015");
    assertThat(reader.locator(".links.after")).hasCount(0);

    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"endSession\"}");
    reader.reload();

    assertThat(reader.locator(".links.after")).containsText("This session is over");
    screenshot(reader, "programme-after-the-session");
    reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("its notes")).click();
    assertThat(reader.locator("#topic-1 h2")).hasText("A new VRF proposal");
  }
}
