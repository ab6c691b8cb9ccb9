package dev.gavel.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.gavel.testing.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Markup typed into every field (see {@link HostileProgramme}), in real Chromium on every view a
 * person opens: the live screens that draw it from the socket and the pages the server renders.
 * Nothing runs, no element of it appears, and the text reads as it was typed.
 */
class HostileViewsTest extends BrowserTest {

  /** Elements the typed markup would make, were it ever taken as markup. */
  private static final String INJECTED =
      "document.querySelectorAll('img[src=\"x\"], b[onmouseover], svg[onload],"
          + " a[href^=\"javascript\"], script:not([src]):not([type=\"application/json\"])').length";

  private final List<String> dialogs = new ArrayList<>();

  @BeforeEach
  void markupInEveryField() {
    HostileProgramme.typeIntoEveryField(server);
  }

  @Test
  void theLiveScreens_showTheMarkupAsText() {
    List<Page> screens = List.of(projector(), phone(), tablet(1280, 800), noteTaker(1280, 800));

    for (Page screen : screens) {
      screen.onDialog(dialog -> dialogs.add(screen.url() + ": " + dialog.message()));
      PlaywrightAssertions.assertThat(screen.locator("body"))
          .containsText("<script>alert(1)</script>");
      assertEquals(0, ((Number) screen.evaluate(INJECTED)).intValue(), screen.url());
    }
    screenshot(screens.getFirst(), "hostile-projector");
    assertEquals(List.of(), dialogs, "no script ran");
  }

  @Test
  void thePagesTheServerRenders_showTheMarkupAsText() {
    for (String path :
        List.of("/events/lpc2015", "/sessions/1/notes", "/sessions/1/log", "/sessions/1/report")) {
      Page page = device(1280, 900);
      page.onDialog(dialog -> dialogs.add(path + ": " + dialog.message()));
      page.navigate(server.base() + path);

      assertTrue(page.locator("body").textContent().contains("<script>alert(1)</script>"), path);
      assertEquals(0, ((Number) page.evaluate(INJECTED)).intValue(), path);
    }
    assertEquals(List.of(), dialogs, "no script ran");
  }
}
