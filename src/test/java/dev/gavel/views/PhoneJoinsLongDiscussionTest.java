package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phone that joins, or comes back to, a room after a long discussion shows the lines as they now
 * are: corrected ones in their new words, struck ones gone, each under its topic with its writer.
 * It reads them from the slim snapshot a watching screen gets; the page a phone without JavaScript
 * reads is written from the room's notebook itself, and both must show the same lines.
 */
class PhoneJoinsLongDiscussionTest extends BrowserTest {

  /** Each line as a person reads it: writer, words, bold words and links; and the topics. */
  private static final String LINES =
      "() => [...document.querySelectorAll('#notes li')].map(li => li.dataset.seq"
          + " ? [li.querySelector('.by').hidden ? '' : li.querySelector('.by').textContent,"
          + " li.querySelector('.text').textContent.trim(),"
          + " [...li.querySelectorAll('.text strong, .text em')].map(e => e.textContent),"
          + " [...li.querySelectorAll('.text a')].map(a => a.href)].join(' | ')"
          + " : 'topic: ' + li.textContent)";

  private long note(String text, String by) {
    return seq(
        server.command(
            "{\"type\":\"note\",\"text\":\"" + text + "\",\"by\":\"" + by + "\"}",
            server.notesKey()));
  }

  private void correct(long seq, String text) {
    seq(
        server.command(
            "{\"type\":\"correctNote\",\"note\":" + seq + ",\"text\":\"" + text + "\"}",
            server.notesKey()));
  }

  private void strike(long seq) {
    seq(server.command("{\"type\":\"strikeNote\",\"note\":" + seq + "}", server.notesKey()));
  }

  private static long seq(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode(), answer.body());
    return TestServer.json(answer.body()).get("seq").asLong();
  }

  @Test
  void aPhoneJoiningAfterSixtyLines_showsThemAsTheyNowAre_andSoAgainAfterItsNetworkDropped() {
    server.command("{\"type\":\"startTopic\"}");
    long[] first = new long[40];
    for (int i = 0; i < first.length; i++) {
      first[i] =
          note(
              "Point "
                  + (i + 1)
                  + " on **VRF** tables, see [the draft](https://example.org/d"
                  + i
                  + ")",
              i % 3 == 0 ? "Ana López" : "Vasilis");
    }
    server.command("{\"type\":\"startTopic\"}");
    long[] second = new long[20];
    for (int i = 0; i < second.length; i++) {
      second[i] = note("Encapsulation point " + (i + 1) + ": *GUE* or FOU", "Shrijeet");
    }
    correct(first[2], "Point 3, corrected: the **FIB** rules stay per table");
    correct(second[4], "Encapsulation point 5, corrected: FOU");
    strike(first[5]);
    strike(second[10]);

    Page phone = phone();
    assertThat(phone.locator("#status")).hasText("live");

    assertThat(phone.locator("#notes li[data-seq]")).hasCount(58);
    assertThat(phone.locator("#notes li.topic-label"))
        .hasText(
            new String[] {
              "A new VRF proposal",
              "Scalable kernel-only encapsulation for containers: flow based tunneling with standard"
                  + " net_devices"
            });
    assertThat(phone.locator("#notes li[data-seq='" + first[2] + "'] .text"))
        .hasText("Point 3, corrected: the FIB rules stay per table");
    assertThat(phone.locator("#notes li[data-seq='" + first[2] + "'] strong")).hasText("FIB");
    assertThat(phone.locator("#notes li[data-seq='" + first[5] + "']")).hasCount(0);
    assertThat(phone.locator("#notes li[data-seq='" + second[10] + "']")).hasCount(0);
    assertThat(phone.locator("#notes li[data-seq='" + first[3] + "'] .by")).hasText("Ana López");
    assertThat(phone.locator("#notes li[data-seq='" + first[3] + "'] a"))
        .hasAttribute("target", "_blank");
    assertEquals(withoutJavaScript(), phone.evaluate(LINES), "the same lines as the page itself");
    phone.locator("#notes li[data-seq='" + first[2] + "']").scrollIntoViewIfNeeded();
    screenshot(phone, "phone-joins-long-discussion");

    phone.context().setOffline(true);
    assertThat(phone.locator("#status")).not().hasText("live");
    long written = note("Written while the phone was away", "Vasilis");
    correct(first[0], "Point 1, corrected while the phone was away");
    strike(second[0]);
    phone.context().setOffline(false);

    assertThat(phone.locator("#status")).hasText("live");
    assertThat(phone.locator("#notes li[data-seq]")).hasCount(58);
    assertThat(phone.locator("#notes li[data-seq='" + written + "'] .text"))
        .hasText("Written while the phone was away");
    assertThat(phone.locator("#notes li[data-seq='" + first[0] + "'] .text"))
        .hasText("Point 1, corrected while the phone was away");
    assertThat(phone.locator("#notes li[data-seq='" + second[0] + "']")).hasCount(0);
    assertEquals(withoutJavaScript(), phone.evaluate(LINES), "the same lines after the gap");
    screenshot(phone, "phone-back-after-a-gap");
  }

  /** The lines as the server writes them into the page, for a phone that runs no script. */
  private List<?> withoutJavaScript() {
    Page plain = deviceWithoutJavaScript(390, 844);
    plain.navigate(server.base() + "/rooms/networking");
    // Without a script the page cannot run one either: read its lines from a page that can.
    Page reader = device(390, 844);
    reader.setContent(plain.content());
    return (List<?>) reader.evaluate(LINES);
  }
}
