package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The public programme on a phone: proposing a topic, and adding oneself to a session. */
class ProposeTest extends BrowserTest {

  @Test
  void aVisitorProposesATopicOnAPhone_andOnceAcceptedItIsInTheProgramme() {
    Page phone = device(390, 844);
    phone.navigate(server.base() + "/events/lpc2015");
    phone.locator("#session-1").getByText("Propose a topic").click();
    assertThat(phone.locator("h1")).hasText("Propose a topic");
    phone.getByLabel("Title").fill("MPTCP upstreaming: what is left");
    phone.getByLabel("Presenters, one per line").fill("Mat Martineau\nPaolo Abeni");
    phone
        .getByLabel("Abstract")
        .fill("Where the merge stands, and the socket options still missing.");
    phone.getByLabel("Category (optional)").fill("Transport");
    screenshot(phone, "propose-form");
    phone.getByText("Send the proposal").click();
    assertThat(phone.locator("main")).containsText("The organiser will review it");
    screenshot(phone, "propose-thanks");

    Page laptop = device(1280, 800);
    laptop.navigate(server.base() + "/organise?key=" + TestServer.ORGANISER_SECRET);
    laptop.navigate(server.base() + "/organise/events/lpc2015#proposals");
    Locator proposal = laptop.locator("li.proposal.pending");
    assertThat(proposal).containsText("Mat Martineau, Paolo Abeni");
    proposal.getByLabel("Budget (minutes)").fill("20");
    screenshot(laptop, "organise-proposal");
    proposal.getByText("Accept").click();
    assertThat(laptop.locator("#room-networking li.topic .title").last())
        .hasText("MPTCP upstreaming: what is left");

    phone.navigate(server.base() + "/events/lpc2015");
    assertThat(phone.locator("#session-1 ol.topics > li").last())
        .containsText("MPTCP upstreaming: what is left");
    screenshot(phone, "propose-programme");
  }

  @Test
  void aBadProposalKeepsWhatWasTyped_andSaysWhatIsMissing() {
    Page phone = deviceWithoutJavaScript(390, 844);
    phone.navigate(server.base() + "/sessions/1/propose");
    phone.getByLabel("Title").fill("Lonely idea");
    phone
        .getByLabel("Presenters, one per line")
        .evaluate("field => field.removeAttribute('required')");
    phone.getByText("Send the proposal").click();

    assertThat(phone.locator("#propose-presenters-error"))
        .hasText("At least one presenter is required: one name per line.");
    assertThat(phone.getByLabel("Title")).hasValue("Lonely idea");
    screenshot(phone, "propose-error");
  }

  @Test
  void anAttendeeAddsThemselvesToASession_andIsListedAsConfirmed() {
    Page phone = device(390, 844);
    phone.navigate(server.base() + "/events/lpc2015");
    Locator session = phone.locator("#session-1");
    session.getByLabel("Your name").fill("Ana Rey");
    session.getByLabel("Your area (optional)").fill("tc");
    session.getByText("I'll be there").click();

    assertThat(phone.locator("#session-1 .notice")).hasText("You're on the list for Networking.");
    assertThat(phone.locator("#joined")).isInViewport();
    assertThat(phone.locator("#session-1 .session-people li[data-state=confirmed]"))
        .containsText("Ana Rey");
    screenshot(phone, "propose-signed-up");
  }
}
