package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import dev.gavel.testing.TestServer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * axe-core over every page in a real state: the room's live views with a topic on, one done, one
 * skipped, notes written; the public programme, the session's notes, log and report, the phone page
 * as the server writes it, and the organiser's pages. No serious or critical violation on any of
 * them. axe-core is a test resource: it is put into the page by the test and never served by Gavel.
 */
class AccessibilityTest extends BrowserTest {

  private static final String SERIOUS_VIOLATIONS =
      """
      async () => {
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — '
            + v.nodes.map((n) => n.target.join(' ')).join(', '));
      }
      """;

  private static Path axe() {
    try {
      return Path.of(
          Objects.requireNonNull(AccessibilityTest.class.getResource("/vendor/axe-core/axe.min.js"))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A device whose page accepts the test's script: Gavel's pages allow only their own, so the audit
   * is let in by the browser, as an extension would be.
   */
  private Page open(int width, int height, String path) {
    Page page =
        device(new Browser.NewContextOptions().setViewportSize(width, height).setBypassCSP(true));
    page.navigate(server.base() + path);
    return page;
  }

  private static List<?> seriousViolations(Page page) {
    page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe()));
    return (List<?>) page.evaluate(SERIOUS_VIOLATIONS);
  }

  private void aSessionUnderWay() {
    server.command("{\"type\":\"startTopic\"}");
    server.command(
        "{\"type\":\"note\",\"text\":\"VRF as an L3 master device, see https://lwn.net/\"}");
    server.command("{\"type\":\"skipTopic\",\"id\":2}");
    server.command("{\"type\":\"startTopic\"}");
    server.command("{\"type\":\"note\",\"text\":\"IPv6 underlays: *measure* before deciding\"}");
  }

  @Test
  void theProjectorHasNoSeriousViolations() {
    aSessionUnderWay();
    Page projector = open(1920, 1080, "/rooms/networking/display");
    assertThat(projector.locator("#status")).isHidden();

    assertEquals(List.of(), seriousViolations(projector));
  }

  @Test
  void theTabletHasNoSeriousViolations_andNamesItsAgendaButtonsAsTheyRead() {
    aSessionUnderWay();
    Page tablet = open(1024, 768, "/rooms/networking/moderate?key=" + server.moderatorKey());
    assertThat(tablet.locator("#status")).hasText("live");
    assertThat(
            tablet.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Again “A new VRF proposal”").setExact(true)))
        .isVisible();

    assertEquals(List.of(), seriousViolations(tablet));
  }

  @Test
  void thePhoneHasNoSeriousViolations() {
    aSessionUnderWay();
    Page phone = open(390, 844, "/rooms/networking");
    assertThat(phone.locator("#status")).hasText("live");

    assertEquals(List.of(), seriousViolations(phone));
  }

  @Test
  void theNoteTakersPageHasNoSeriousViolations() {
    aSessionUnderWay();
    Page writer = open(1366, 768, "/rooms/networking/notes?key=" + server.notesKey());
    assertThat(writer.locator("#status")).hasText("live");
    writer.locator("#notes li").first().getByText("Edit").click();

    assertEquals(List.of(), seriousViolations(writer));
  }

  /** Every page at each address, its serious violations by address: none expected. */
  private Map<String, List<?>> violationsOf(int width, int height, String... paths) {
    Map<String, List<?>> found = new LinkedHashMap<>();
    for (String path : paths) {
      Page page = open(width, height, path);
      List<?> violations = seriousViolations(page);
      if (!violations.isEmpty()) {
        found.put(path, violations);
      }
    }
    return found;
  }

  private void aSessionThatIsOver() {
    aSessionUnderWay();
    server.command(
        "{\"type\":\"note\",\"text\":\"Struck later: Acme pitch\",\"by\":\"Ana López\"}");
    server.command("{\"type\":\"cutOff\",\"reason\":\"product pitch\"}");
    server.command("{\"type\":\"endSession\"}");
  }

  // A page a few seconds for axe on a busy machine: more than the usual minute for all of them.
  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void thePublicPagesHaveNoSeriousViolations() {
    aSessionThatIsOver();

    assertEquals(
        Map.of(),
        violationsOf(
            390,
            844,
            "/",
            "/events/lpc2015",
            "/sessions/1/propose",
            "/sessions/1/notes",
            "/sessions/1/log",
            "/sessions/1/report",
            "/rooms/networking"));
  }

  // A page a few seconds for axe on a busy machine: more than the usual minute for all of them.
  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theSessionsPagesHaveNoSeriousViolationsOnALaptopEither() {
    aSessionThatIsOver();

    assertEquals(
        Map.of(),
        violationsOf(
            1280,
            900,
            "/events/lpc2015",
            "/sessions/1/notes",
            "/sessions/1/log",
            "/sessions/1/report"));
  }

  // A page a few seconds for axe on a busy machine: more than the usual minute for all of them.
  /** The organiser's pages (every form lives on them), and what a wrong or missing key gets. */
  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theOrganisersPagesHaveNoSeriousViolations() {
    aSessionUnderWay();
    String key = "?key=" + TestServer.ORGANISER_SECRET;

    assertEquals(
        Map.of(),
        violationsOf(
            1280,
            900,
            "/organise" + key,
            "/organise/events/lpc2015" + key,
            "/organise/events/lpc2015",
            "/rooms/networking/moderate?key=wrong"));
  }
}
