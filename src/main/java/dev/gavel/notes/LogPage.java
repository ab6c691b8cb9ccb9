package dev.gavel.notes;

import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.route.Routes;
import java.util.List;

/** The session log as a page: every event of the session with its time, rendered on the server. */
public final class LogPage {

  private LogPage() {}

  public static String render(SessionDocument doc, long sessionId, Markup styles) {
    Markup nav =
        Layout.documentNav(
            List.of(
                new Layout.Link(Routes.NOTES.path(sessionId), "Notes"),
                new Layout.Link(Routes.REPORT.path(sessionId), "Report"),
                new Layout.Link(Routes.LOG_JSON.path(sessionId), "JSON")));
    Markup rows = new Markup();
    for (SessionHistory.LogLine line : doc.history().log()) {
      rows.add(
          "<tr data-type=\"{}\"><td>{}</td><td><time datetime=\"{}\">{}</time></td><td"
              + " dir=\"auto\">{}</td></tr>\n",
          line.type(),
          line.seq(),
          line.at(),
          doc.timeWithSeconds(line.at()),
          line.text());
    }
    if (doc.history().log().isEmpty()) {
      rows.add("<tr><td colspan=\"3\">Nothing has happened in this session yet.</td></tr>\n");
    }
    Markup body =
        Markup.of(
            "<table class=\"log\">\n<thead><tr><th>#</th><th>Time</th><th>What</th></tr></thead>\n"
                + "<tbody>\n{}</tbody>\n</table>\n",
            rows);
    return Layout.document(
        doc.title(),
        "session log",
        "session log",
        styles,
        doc.eventTitle() + " · " + doc.roomName(),
        nav,
        body);
  }
}
