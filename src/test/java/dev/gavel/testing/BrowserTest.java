package dev.gavel.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test in real headless Chromium against a real server. One browser per test class (it takes a
 * second or two to start), a fresh server and fresh browser contexts per test. Without Chromium the
 * tests are skipped with a loud message on a laptop, and fail under CI.
 */
public abstract class BrowserTest extends ServerTest {

  /** Where the views' screenshots go, for people to look at. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static Playwright playwright;
  protected static Browser browser;

  private final List<BrowserContext> contexts = new ArrayList<>();

  @BeforeAll
  static void launchChromium() {
    Path chromium = chromium();
    Map<String, String> env = new HashMap<>(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
    // The system's Node starts the Playwright driver faster than the bundled one, when present.
    if (Files.isExecutable(Path.of("/usr/bin/node"))) {
      env.put("PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node");
    }
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu")));
  }

  /** Debian's Chromium, or the one GAVEL_CHROMIUM names. */
  private static Path chromium() {
    String named = System.getenv("GAVEL_CHROMIUM");
    Path path = Path.of(named != null && !named.isBlank() ? named : "/usr/bin/chromium");
    if (Files.isExecutable(path)) {
      return path;
    }
    String message =
        "Chromium was not found at "
            + path
            + ": the browser tests cannot run."
            + " Install it (apt-get install chromium) or set GAVEL_CHROMIUM.";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    System.err.println();
    System.err.println("!".repeat(78));
    System.err.println("!! SKIPPING BROWSER TESTS. " + message);
    System.err.println("!".repeat(78));
    System.err.println();
    Assumptions.abort(message);
    return path;
  }

  @AfterAll
  static void closeChromium() {
    if (playwright != null) {
      playwright.close();
      playwright = null;
    }
  }

  @AfterEach
  void closeDevices() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }

  /** A new page at this device size, on its own, like a separate device in the room. */
  protected Page device(int width, int height) {
    return device(new Browser.NewContextOptions().setViewportSize(width, height));
  }

  /** A device in the event's own time zone and the room's way of writing the time. */
  protected Page deviceInTheRoom(int width, int height, String timeZone) {
    return device(
        new Browser.NewContextOptions()
            .setViewportSize(width, height)
            .setTimezoneId(timeZone)
            .setLocale("en-GB"));
  }

  /** A reader whose browser runs no script at all. */
  protected Page deviceWithoutJavaScript(int width, int height) {
    return device(
        new Browser.NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(false));
  }

  protected Page device(Browser.NewContextOptions options) {
    BrowserContext context = browser.newContext(options);
    context.setDefaultTimeout(10_000);
    contexts.add(context);
    return context.newPage();
  }

  protected Page projector() {
    Page page = device(1920, 1080);
    page.navigate(server.base() + "/rooms/networking/display");
    return page;
  }

  protected Page phone() {
    Page page = device(390, 844);
    page.navigate(server.base() + "/rooms/networking");
    return page;
  }

  protected Page noteTaker(int width, int height) {
    Page page = device(width, height);
    page.clock().install();
    page.navigate(server.base() + "/rooms/networking/notes?key=" + server.notesKey());
    return page;
  }

  /**
   * The moderator's tablet. Its clock runs as usual but can be moved on by {@link #letPass}, for a
   * moderator who waits a moment between two deliberate taps.
   */
  protected Page tablet(int width, int height) {
    Page page = device(width, height);
    page.clock().install();
    page.navigate(server.base() + "/rooms/networking/moderate?key=" + server.moderatorKey());
    return page;
  }

  /**
   * Stops the clock of a page whose clock was installed, where it is: from then on its time moves
   * only by {@link #letPass}, however slowly the machine runs the test.
   */
  protected static void holdStill(Page page) {
    // The page's time flows while this asks for it: pause a little ahead, as soon as it can.
    for (long lead = 200; ; lead *= 2) {
      long now = ((Number) page.evaluate("() => Date.now()")).longValue();
      try {
        page.clock().pauseAt(now + lead);
        return;
      } catch (PlaywrightException tooLate) {
        if (lead > 5_000) {
          throw tooLate;
        }
      }
    }
  }

  /** The tablet, live, its clock held still: for a moderator's taps timed to the millisecond. */
  protected Page tabletHeldStill(int width, int height) {
    Page page = tablet(width, height);
    assertThat(page.locator("#status")).hasText("live");
    holdStill(page);
    return page;
  }

  /** Time passing on a page whose clock was installed: its timers fire, nobody sleeps. */
  protected static void letPass(Page page, long millis) {
    page.clock().runFor(millis);
  }

  protected static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
  }
}
