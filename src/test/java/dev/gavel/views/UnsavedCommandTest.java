package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.gavel.testing.BrowserTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A tap the server cannot save (its disk refuses the write) is answered on the tablet at once with
 * what happened, the room's screens stay as they were, and the next tap works without a restart.
 */
class UnsavedCommandTest extends BrowserTest {

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void aTapTheDiskRefuses_isSaidOnTheTabletAndTheNextTapWorks() throws SQLException {
    server.command("{\"type\":\"startTopic\"}");
    Page tablet = tablet(1024, 768);
    Page projector = projector();
    assertThat(tablet.locator("#status")).hasText("live");
    assertThat(projector.locator("#slide")).hasText("1 / 3");

    try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("gavel.db"))) {
      execute(
          sql,
          "CREATE TRIGGER drill_disk_full BEFORE INSERT ON room_event"
              + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
      button(tablet, "Next slide ▶").click();

      assertThat(tablet.locator(".toast"))
          .hasText(
              "the server could not save this (is its disk full?); nothing changed, try again");
      assertThat(projector.locator("#slide")).hasText("1 / 3");
      screenshot(tablet, "tablet-unsaved-command");

      execute(sql, "DROP TRIGGER drill_disk_full");
    }
    button(tablet, "Next slide ▶").click();

    assertThat(projector.locator("#slide")).hasText("2 / 3");
  }

  private static void execute(Connection sql, String statement) throws SQLException {
    try (Statement run = sql.createStatement()) {
      run.execute("PRAGMA busy_timeout = 10000");
      run.execute(statement);
    }
  }
}
