package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** Two note-takers at once, and a session long enough to fill the screen. */
class NoteTakersTest extends BrowserTest {

  private void note(String text) {
    assertEquals(200, server.command("{\"type\":\"note\",\"text\":\"" + text + "\"}").statusCode());
  }

  private static Locator line(Page page, int index) {
    return page.locator("#notes li").nth(index);
  }

  private String publishedNotes() {
    return server.get("/sessions/1/notes").body();
  }

  @Test
  void anOpenCorrection_survivesEveryIncomingLine_andItsFocus() {
    server.command("{\"type\":\"startTopic\"}");
    note("VRF as an L3 master device");
    note("David: what about ip vrf exec?");
    Page writer = noteTaker(1366, 768);
    assertThat(writer.locator("#notes li")).hasCount(2);

    line(writer, 0).getByText("Edit").click();
    Locator box = writer.locator("#notes textarea");
    box.fill("VRF as an L3 master device, half-typed corr");
    box.evaluate("box => box.dataset.mine = 'the same box'");

    note("A third line from the tablet");
    // The lines are the log's positions 2 and 3, after the topic's start.
    server.command("{\"type\":\"correctNote\",\"note\":3,\"text\":\"David: and ip vrf exec?\"}");
    server.command("{\"type\":\"strikeNote\",\"note\":3}");
    assertThat(writer.locator("#notes li")).hasCount(3);
    assertThat(line(writer, 1)).hasClass(java.util.regex.Pattern.compile("\\bstruck\\b"));

    assertThat(box).hasValue("VRF as an L3 master device, half-typed corr");
    assertThat(box).hasAttribute("data-mine", "the same box");
    assertThat(box).isFocused();
    screenshot(writer, "notetaker-editing-while-lines-arrive");
  }

  @Test
  void twoNoteTakersCorrectingOneLine_theSecondSeesBothTextsAndChooses() {
    server.command("{\"type\":\"startTopic\"}");
    note("Use SO_BINDTODEVICE for VRF sockets");
    Page first = noteTaker(1366, 768);
    Page second = noteTaker(1366, 768);
    assertThat(second.locator("#notes li")).hasCount(1);
    line(first, 0).getByText("Edit").click();
    line(second, 0).getByText("Edit").click();

    first.locator("#notes textarea").fill("Use SO_BINDTODEVICE or the VRF device for sockets");
    first.locator("#notes textarea").press("Enter");
    assertThat(line(first, 0)).containsText("or the VRF device");
    second
        .locator("#notes textarea")
        .fill("Use SO_BINDTODEVICE (see https://lwn.net/Articles/632522/)");

    Locator conflict = line(second, 0).locator(".conflict");
    assertThat(conflict).isVisible();
    assertThat(conflict).containsText("Somebody changed this line meanwhile");
    assertThat(conflict.locator("blockquote.text"))
        .hasText("Use SO_BINDTODEVICE or the VRF device for sockets");
    assertThat(conflict.locator("blockquote.yours"))
        .hasText("Use SO_BINDTODEVICE (see https://lwn.net/Articles/632522/)");
    screenshot(second, "notetaker-conflict");

    second.locator("#notes textarea").press("Enter");
    assertThat(second.locator(".toast")).hasCount(0);
    assertThat(conflict).isVisible();
    assertEquals(
        true,
        publishedNotes().contains("or the VRF device for sockets"),
        "a correction from a stale version changed nothing");

    conflict.getByText("Save mine over theirs").click();
    assertThat(line(first, 0)).containsText("(see https://lwn.net/Articles/632522/)");
    assertThat(second.locator("#notes textarea")).hasCount(0);
    String published = publishedNotes();
    assertEquals(
        true,
        published.contains(
            "<a rel=\"nofollow noopener noreferrer\""
                + " href=\"https://lwn.net/Articles/632522/\">https://lwn.net/Articles/632522/</a>)"),
        "the chosen words are published whole, the link outside any other words");
  }

  @Test
  void keepingTheirs_closesTheEditor_andALineStruckMeanwhileCanBeWrittenAnew() {
    server.command("{\"type\":\"startTopic\"}");
    note("First line");
    note("Second line");
    Page first = noteTaker(1366, 768);
    Page second = noteTaker(1366, 768);
    assertThat(second.locator("#notes li")).hasCount(2);

    line(second, 0).getByText("Edit").click();
    server.command("{\"type\":\"correctNote\",\"note\":2,\"text\":\"First line, corrected\"}");
    line(second, 0).locator(".conflict").getByText("Keep theirs").click();
    assertThat(line(second, 0)).containsText("First line, corrected");
    assertThat(second.locator("#notes textarea")).hasCount(0);

    line(second, 1).getByText("Edit").click();
    second.locator("#notes textarea").fill("Second line, with what I heard");
    holdStill(first);
    line(first, 1).getByText("Strike").click();
    letPass(first, 700);
    line(first, 1).getByText("Strike it?").click();
    Locator conflict = line(second, 1).locator(".conflict");
    assertThat(conflict).containsText("Somebody struck this line meanwhile");
    conflict.getByText("Write mine as a new line").click();
    assertThat(second.locator("#notes li").last()).containsText("Second line, with what I heard");
    assertThat(line(second, 1)).hasClass(java.util.regex.Pattern.compile("\\bstruck\\b"));
  }

  @Test
  void theNewestLineIsInSight_likeAChat() {
    server.command("{\"type\":\"startTopic\"}");
    for (int i = 1; i <= 24; i++) {
      note("Point " + i + " of a long discussion about VRF and sockets");
    }
    Page writer = noteTaker(1366, 768);
    assertThat(writer.locator("#notes li")).hasCount(24);
    assertThat(writer.locator("#notes li").last()).isInViewport();

    note("Point 25, from the tablet");
    assertThat(writer.locator("#notes li").last()).containsText("Point 25");
    assertThat(writer.locator("#notes li").last()).isInViewport();

    writer.locator("#note-text").fill("Point 26, written here");
    writer.locator("#note-text").press("Enter");
    assertThat(writer.locator("#notes li").last()).containsText("Point 26");
    assertThat(writer.locator("#notes li").last()).isInViewport();
    assertThat(writer.locator("#note-text")).isInViewport();
    screenshot(writer, "notetaker-chat-1366x768");
  }
}
