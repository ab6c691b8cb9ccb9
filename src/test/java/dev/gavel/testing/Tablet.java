package dev.gavel.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** What a moderator's hand finds on the tablet: buttons by the words they read as. */
public final class Tablet {

  private Tablet() {}

  public static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  public static Locator button(Page page, Pattern name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  /**
   * Writes a note and waits until the room has it: every command the tablet sent before has then
   * reached the room too, so a test can ask the room what they did.
   */
  public static void sendNoteAndWait(Page tablet, String text) {
    tablet.locator("#note-text").fill(text);
    tablet.locator("#note-text").press("Enter");
    assertThat(tablet.locator("#notes li").last()).containsText(text);
  }
}
