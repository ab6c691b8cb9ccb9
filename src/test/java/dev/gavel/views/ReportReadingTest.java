package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import dev.gavel.testing.BrowserTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The session report read on a 390 px phone and on paper: nothing scrolls sideways, no word is
 * broken letter by letter, the timeline has a time axis and says in words what each topic took, its
 * legend does not rest on colour, and a topic that ran twice counts once.
 */
class ReportReadingTest extends BrowserTest {

  /** Words of the report's table and summary that the browser split over two lines. */
  private static final String BROKEN_WORDS =
      """
      () => {
        const broken = [];
        for (const cell of document.querySelectorAll(".report th, .report td, .summary dd")) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const words = /[^\\s–·,()]+/g;
            for (let m = words.exec(node.data); m; m = words.exec(node.data)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) broken.push(m[0]);
            }
          }
        }
        return broken;
      }
      """;

  private void aSessionWithARepeatAndACutOff() {
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"nextSlide\"}");
    server.command("{\"type\":\"startDiscussion\"}");
    server.command("{\"type\":\"endTopic\"}");
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"cutOff\",\"reason\":\"product pitch\"}");
    server.command("{\"type\":\"endTopic\"}");
    server.command("{\"type\":\"startTopic\",\"id\":1}");
    server.command("{\"type\":\"endTopic\"}");
  }

  private static boolean scrollsSideways(Page page) {
    return (Boolean)
        page.evaluate(
            "() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth");
  }

  @Test
  void onA390PxPhone_theReportNeitherScrollsSidewaysNorBreaksWords() {
    aSessionWithARepeatAndACutOff();
    Page phone = device(390, 844);

    phone.navigate(server.base() + "/sessions/1/report");

    assertThat(phone.locator(".summary")).containsText("2 of 14, one of them more than once");
    assertTrue(!scrollsSideways(phone), "the report scrolls sideways at 390 px");
    assertEquals(List.of(), phone.evaluate(BROKEN_WORDS));
    assertThat(phone.locator(".report tbody tr").first().locator("td[data-label=Taken]"))
        .isVisible();
    assertThat(phone.locator(".timeline figcaption")).containsText("Orange stripes: discussion");
    screenshot(phone, "report-390px");
    phone.locator(".report").scrollIntoViewIfNeeded();
    screenshot(phone, "report-390px-table");
  }

  @Test
  void inPrint_theReportFitsThePageAndKeepsItsWords() {
    aSessionWithARepeatAndACutOff();
    Page paper = device(794, 1123);
    paper.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

    paper.navigate(server.base() + "/sessions/1/report");

    assertTrue(!scrollsSideways(paper), "the printed report is wider than an A4 page");
    assertEquals(List.of(), paper.evaluate(BROKEN_WORDS));
    assertThat(paper.locator("nav")).isHidden();
    screenshot(paper, "report-print");
  }

  @Test
  void theTimeline_hasATimeAxisAndWritesWhatEachTopicTook() {
    aSessionWithARepeatAndACutOff();
    Page reader = device(1280, 900);

    reader.navigate(server.base() + "/sessions/1/report.svg");

    String svg = reader.content();
    assertTrue(svg.contains("text-anchor=\"middle\""), "no time axis");
    assertTrue(
        Pattern.compile(">\\d{2}:\\d{2}<").matcher(svg).find(), "the axis shows no clock times");
    assertTrue(svg.contains("×2<"), "a topic run twice says so at its row's end");
    assertTrue(svg.contains(">not run<"), "a topic not run says so");
    assertTrue(svg.contains("url(#discussion)") && svg.contains("url(#over)"), "no patterns");
    screenshot(reader, "report-timeline");
  }
}
