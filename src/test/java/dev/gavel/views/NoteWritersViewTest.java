package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Two note-takers who give their names: each line shows who wrote it and who corrected it, on the
 * tablet, the published notes and the session log; a line one of them strikes cannot be read on the
 * public log.
 */
class NoteWritersViewTest extends BrowserTest {

  private static Page named(Page writer, String name) {
    writer.locator("#writer-name").fill(name);
    writer.locator("#writer-name").press("Tab");
    return writer;
  }

  private static void write(Page writer, String text) {
    writer.locator("#note-text").fill(text);
    writer.locator("#note-text").press("Enter");
    assertThat(writer.locator("#notes li").last()).containsText(text);
  }

  private static Locator line(Page page, int index) {
    return page.locator("#notes li").nth(index);
  }

  @Test
  void namedNoteTakers_areShownWithTheirLinesOnEveryPage() {
    server.command("{\"type\":\"startTopic\"}");
    Page ana = named(noteTaker(1366, 768), "Ana López");
    Page vasilis = named(noteTaker(1366, 768), "Βασίλης");
    Page tablet = tablet(1024, 768);

    write(ana, "VRF as an L3 master");
    line(vasilis, 0).getByText("Edit").click();
    vasilis.locator("#notes textarea").fill("VRF as an L3 master device");
    vasilis.locator("#notes textarea").press("Enter");

    assertThat(line(vasilis, 0).locator(".by")).hasText("Ana López");
    assertThat(line(vasilis, 0).locator(".edited")).hasText("edited by Βασίλης");
    assertThat(tablet.locator("#notes li .by")).hasText("Ana López");
    assertThat(tablet.locator("#notes li .text")).hasText("VRF as an L3 master device");
    screenshot(vasilis, "notetaker-named-lines");

    Page reader = device(390, 844);
    reader.navigate(server.base() + "/sessions/1/notes");
    assertThat(reader.locator("#notes-1 .by, li .by").first()).hasText("Ana López");
    assertThat(reader.locator("li .edited").first()).containsText("by Βασίλης");
    screenshot(reader, "notes-page-named-lines");
    reader.navigate(server.base() + "/sessions/1/log");
    assertThat(
            reader.getByText(
                "Note by Ana López: VRF as an L3 master",
                new Page.GetByTextOptions().setExact(true)))
        .isVisible();
  }

  @Test
  void aLineStruckOnTheNoteTakersPage_cannotBeReadOnThePublicLog() {
    server.command("{\"type\":\"startTopic\"}");
    Page writer = named(noteTaker(1366, 768), "Ana");
    write(writer, "Acme Cloud VRF: ask sales for a quote");
    write(writer, "VRF belongs in the kernel");

    line(writer, 0).getByText("Strike").click();
    letPass(writer, 700);
    line(writer, 0).getByText("Strike it?").click();
    assertThat(line(writer, 0)).hasClass(java.util.regex.Pattern.compile("\\bstruck\\b"));

    Page reader = device(390, 844);
    reader.navigate(server.base() + "/sessions/1/log");
    assertThat(reader.locator("table.log")).containsText("VRF belongs in the kernel");
    assertThat(reader.locator("table.log")).containsText("(struck) by Ana");
    assertThat(reader.locator("body")).not().containsText("Acme");
    screenshot(reader, "log-page-struck-line");
  }
}
