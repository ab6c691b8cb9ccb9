package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.Congress;
import dev.gavel.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * An organiser imports a big schedule from the start page and the disk fills up part way (a trigger
 * in the database refuses the topics after 100 of them). The page says what was written and what to
 * do; every organiser page says so until the same file, imported again, completes it.
 */
class UnfinishedImportViewTest extends BrowserTest {

  @Test
  void anImportThatStopsPartWay_isShownOnTheOrganisersPages_untilTheSameFileCompletesIt()
      throws Exception {
    Path file = data.resolve("chunky.xml");
    Files.writeString(file, Congress.frabXml("chunky", 4, 2, 25));
    sql(
        "CREATE TRIGGER disk_full BEFORE INSERT ON topic WHEN (SELECT count(*) FROM topic) >= "
            + (topics() + 100)
            + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    Page laptop = device(1280, 900);
    laptop.navigate(server.base() + "/organise?key=" + TestServer.ORGANISER_SECRET);

    Locator result = importIt(laptop, file);
    assertThat(result).containsText("The import stopped part way:");
    assertThat(result).containsText("stopped after writing 100 of its 200 topics");
    assertThat(result).not().containsText("Nothing was imported");

    laptop.navigate(server.base() + "/organise");
    Locator warning = laptop.locator("#unfinished-imports");
    assertThat(warning.locator("h2")).hasText("An import stopped part way");
    assertThat(warning).containsText("The import of event \"chunky\"");
    assertThat(warning).containsText("importing the same file again completes it");
    screenshot(laptop, "organise-unfinished-import");
    laptop.locator("a[href=\"/organise/events/chunky\"]").click();
    assertThat(laptop.locator("#unfinished-imports")).containsText("100 of its 200 topics");
    assertThat(laptop.locator("#event")).containsText("Not published yet");

    sql("DROP TRIGGER disk_full");
    laptop.navigate(server.base() + "/organise");
    result = importIt(laptop, file);
    assertThat(result.locator(".tally")).containsText("100 topics");
    laptop.navigate(server.base() + "/organise");
    assertThat(laptop.locator("#unfinished-imports")).hasCount(0);
    laptop.navigate(server.base() + "/organise/events/chunky");
    assertThat(laptop.locator("#unfinished-imports")).hasCount(0);
    assertThat(laptop.locator("#event")).not().containsText("Not published yet");
  }

  /** Checks the file on the start page, then imports it. */
  private static Locator importIt(Page laptop, Path file) {
    laptop.getByLabel("Schedule file").setInputFiles(file);
    laptop
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
        .click();
    Locator result = laptop.locator("#import-result");
    result.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import it")).click();
    assertThat(result).not().containsText("Importing ");
    return result;
  }

  private long topics() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("gavel.db"));
        Statement query = db.createStatement();
        var rows = query.executeQuery("SELECT count(*) FROM topic")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("gavel.db"));
        Statement run = db.createStatement()) {
      run.execute(statement);
    }
  }
}
