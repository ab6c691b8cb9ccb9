package dev.gavel.hostile;

import static dev.gavel.testing.Commands.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.testing.Organiser;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The demo programme with markup typed into every field a person types, and a topic run with it:
 * its title, presenters, category, the session's title, a sign-up's name, a proposal, the cut-off
 * reason and the notes, and a second topic skipped with markup in its own fields. For the tests
 * that read it back on every page and in every export.
 */
final class HostileProgramme {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(2)>";
  static final String JS_LINK = "[click](javascript:alert(3))";
  static final String WIKI = "]] {{http://evil.example/x.png}} [[http://evil.example|x]]";
  static final String RAW_HTML = "<b onmouseover=alert(4)>bold</b>";
  static final String FORMULA = "=cmd|' /C calc'!A0";

  static final String TITLE = SCRIPT + " " + IMG;

  /** The title of a topic passed over, which the log, the notes and the exports name. */
  static final String SKIPPED = RAW_HTML + " <svg onload=alert(5)>";

  /** What must never appear in an HTML page or picture, in any case: each would be live markup. */
  static final List<String> LIVE_MARKUP =
      List.of("<script>alert", "<img src=x", "<b onmouseover", "href=\"javascript:", "<svg onload");

  private HostileProgramme() {}

  static void typeIntoEveryField(TestServer server) {
    Organiser organiser = new Organiser(server);
    expect(
        303,
        organiser.post(
            "/organise/events/lpc2015/topics/1",
            Map.of(
                "title",
                TITLE,
                "presenters",
                IMG + "\n" + WIKI,
                "category",
                RAW_HTML,
                "budget",
                "15")));
    expect(
        303,
        organiser.post(
            "/organise/events/lpc2015/sessions/1",
            Map.of(
                "title",
                SCRIPT + " " + FORMULA,
                "start",
                "2015-08-20T09:00",
                "end",
                "2015-08-20T12:30")));
    expect(
        303,
        organiser.post(
            "/sessions/1/attend", Map.of("name", IMG.substring(0, 30), "area", RAW_HTML)));
    expect(
        303,
        organiser.post(
            "/sessions/1/propose",
            Map.of("title", TITLE, "presenters", SCRIPT, "abstract", WIKI + "\n" + RAW_HTML)));
    expect(200, server.command("{\"type\":\"startTopic\",\"id\":1}"));
    for (String note : List.of(SCRIPT, IMG, JS_LINK, WIKI, RAW_HTML, FORMULA, "<svg onload=x>")) {
      expect(200, server.command("{\"type\":\"note\",\"text\":" + quoted(note) + "}"));
    }
    expect(200, server.command("{\"type\":\"cutOff\",\"reason\":" + quoted(RAW_HTML) + "}"));
    expect(
        303,
        organiser.post(
            "/organise/events/lpc2015/topics/2",
            Map.of("title", SKIPPED, "presenters", SCRIPT, "category", IMG, "budget", "15")));
    expect(200, server.command("{\"type\":\"skipTopic\",\"id\":2}"));
  }

  private static void expect(int status, HttpResponse<String> answer) {
    assertEquals(status, answer.statusCode(), answer.body());
  }
}
