package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Notes written on the note-taker's laptop and over the API, read on phones and on the notes page.
 */
class NotesTest extends BrowserTest {

  @Test
  void notesFromTheNoteTakerAndTheApi_appearOnAPhoneAndCanBeCorrectedAndStruck() {
    server.command("{\"type\":\"startTopic\"}");
    Page writer = noteTaker(1280, 800);
    Page phone = phone();
    assertThat(writer.locator("#status")).hasText("live");
    assertThat(phone.locator("#status")).hasText("live");

    writer.locator("#note-text").fill("Use **SO_BINDTODEVICE** for VRF sockets");
    writer.locator("#note-text").press("Enter");
    server.command("{\"type\":\"note\",\"text\":\"David: what about `ip vrf exec`?\"}");

    assertThat(phone.locator("#notes li[data-seq] strong")).hasText("SO_BINDTODEVICE");
    assertThat(phone.locator("#notes li[data-seq] code")).hasText("ip vrf exec");

    writer.locator("#notes li").first().getByText("Edit").click();
    writer.locator("#notes textarea").fill("Use **SO_BINDTODEVICE** or the VRF device for sockets");
    writer.getByText("Save").click();
    assertThat(phone.locator("#notes li[data-seq]").first()).containsText("or the VRF device");
    screenshot(writer, "notetaker");

    writer.locator("#notes li").nth(1).getByText("Strike").click();
    letPass(writer, 700);
    writer.locator("#notes li").nth(1).getByText("Strike it?").click();
    assertThat(phone.locator("#notes li[data-seq]")).hasCount(1);
    assertThat(writer.locator("#notes li.struck")).hasCount(1);
    screenshot(phone, "phone-notes");
  }

  @Test
  void hostileNotes_neverRunInTheBrowser() {
    server.command("{\"type\":\"startTopic\"}");
    String[] hostile = {
      "<script>window.pwned = 1</script>",
      "<img src=x onerror=\\\"window.pwned = 2\\\">",
      "[click](javascript:window.pwned=3)",
      "\\\"><svg onload=\\\"window.pwned = 4\\\">",
      "![x](http://127.0.0.1:9/track.png)",
    };
    List<String> dialogs = new ArrayList<>();
    Page phone = phone();
    phone.onDialog(dialog -> dialogs.add(dialog.message()));
    assertThat(phone.locator("#status")).hasText("live");

    for (String text : hostile) {
      assertEquals(
          200, server.command("{\"type\":\"note\",\"text\":\"" + text + "\"}").statusCode());
    }
    assertThat(phone.locator("#notes li[data-seq]")).hasCount(hostile.length);
    phone.locator("#notes li[data-seq] a").first().click();
    Page notesPage = device(1280, 900);
    notesPage.onDialog(dialog -> dialogs.add(dialog.message()));
    notesPage.navigate(server.base() + "/sessions/1/notes");
    Page writer = noteTaker(1280, 800);
    writer.onDialog(dialog -> dialogs.add(dialog.message()));
    assertThat(writer.locator("#notes li")).hasCount(hostile.length);

    for (Page page : List.of(phone, notesPage, writer)) {
      assertEquals(null, page.evaluate("() => window.pwned"));
      assertThat(page.locator("img")).hasCount(0);
    }
    assertThat(phone.locator("#notes li[data-seq]").first())
        .containsText("<script>window.pwned = 1</script>");
    assertEquals(List.of(), dialogs);
  }

  @Test
  void theNotesPage_worksWithoutJavaScript() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"note\",\"text\":\"Take the socket API question to netdev\"}");
    server.command("{\"type\":\"cutOff\",\"reason\":\"product pitch\"}");
    server.command("{\"type\":\"endTopic\"}");
    Page reader = deviceWithoutJavaScript(1280, 900);

    reader.navigate(server.base() + "/sessions/1/notes");

    assertThat(reader.locator("#topic-1 h2")).hasText("A new VRF proposal");
    assertThat(reader.locator("#topic-1 .notes li"))
        .containsText("Take the socket API question to netdev");
    assertThat(reader.locator("#topic-1 .cut-off")).containsText("product pitch");
    assertThat(reader.locator("#topic-2")).containsText("not run");
    screenshot(reader, "notes-page");

    reader.navigate(server.base() + "/sessions/1/report");
    assertThat(reader.locator(".summary")).containsText(Pattern.compile("Cut off\\s*1 pitch"));
    screenshot(reader, "session-report");
  }
}
