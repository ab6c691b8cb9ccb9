package dev.gavel.views;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.gavel.testing.BrowserTest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * axe-core over the room's live views in a real state: a topic on, one done, one skipped, notes
 * written. No serious or critical violation on any of them. axe-core is a test resource: it is put
 * into the page by the test and never served by Gavel.
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
}
