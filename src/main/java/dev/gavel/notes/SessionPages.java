package dev.gavel.notes;

import static dev.gavel.notes.Html.escape;

import java.util.Locale;

/** The session log and the session report as pages, rendered on the server. */
public final class SessionPages {

  private SessionPages() {}

  public static String log(SessionDocument doc, long sessionId, String head) {
    StringBuilder out = start(doc, "session log", head);
    out.append("<nav class=\"no-print\"><a href=\"/sessions/").append(sessionId).append("/notes\">Notes</a>")
        .append("<a href=\"/sessions/").append(sessionId).append("/report\">Report</a>")
        .append("<a href=\"/api/sessions/").append(sessionId).append("/log.json\">JSON</a></nav>\n</header>\n");
    out.append("<table class=\"log\">\n<thead><tr><th>#</th><th>Time</th><th>What</th></tr></thead>\n<tbody>\n");
    for (SessionHistory.LogLine line : doc.history().log()) {
      out.append("<tr data-type=\"").append(escape(line.type())).append("\"><td>").append(line.seq())
          .append("</td><td><time datetime=\"").append(line.at()).append("\">")
          .append(doc.timeWithSeconds(line.at())).append("</time></td><td dir=\"auto\">")
          .append(escape(line.text())).append("</td></tr>\n");
    }
    if (doc.history().log().isEmpty()) {
      out.append("<tr><td colspan=\"3\">Nothing has happened in this session yet.</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  public static String report(SessionDocument doc, long sessionId, String head) {
    SessionHistory history = doc.history();
    StringBuilder out = start(doc, "report", head);
    out.append("<nav class=\"no-print\"><a href=\"/sessions/").append(sessionId).append("/notes\">Notes</a>")
        .append("<a href=\"/sessions/").append(sessionId).append("/log\">Session log</a>")
        .append("<a href=\"/sessions/").append(sessionId).append("/report.svg\">Timeline (SVG)</a></nav>\n</header>\n");
    long overruns = history.runs().stream().filter(run -> !run.overrun(history.asOf()).isZero()).count();
    long cutOffs = history.runs().stream().filter(SessionHistory.TopicRun::wasCutOff).count();
    out.append("<dl class=\"summary\">\n")
        .append(fact("Topics run", history.runs().size() + " of " + history.session().topics().size()))
        .append(fact("Planned", Durations.words(history.plannedTotal())))
        .append(fact("Taken", Durations.words(history.actualTotal())))
        .append(fact("Discussion", Durations.words(history.discussionTotal()) + " ("
            + String.format(Locale.ROOT, "%.0f", history.discussionShare() * 100) + "% of the topics' time)"))
        .append(fact("Over their plan", overruns + (overruns == 1 ? " topic" : " topics")))
        .append(fact("Cut off", cutOffs + (cutOffs == 1 ? " pitch" : " pitches")))
        .append("</dl>\n");
    out.append("<figure class=\"timeline\"><img src=\"/sessions/").append(sessionId)
        .append("/report.svg\" alt=\"Timeline of the session: planned against actual time per topic\"></figure>\n");
    out.append("<table class=\"report\">\n<thead><tr><th>Topic</th><th>Planned</th><th>Taken</th>"
        + "<th>Over</th><th>Presentation</th><th>Discussion</th><th>Slides</th><th>Cut off</th></tr></thead>\n<tbody>\n");
    for (SessionDocument.Entry entry : doc.entries()) {
      if (entry.runs().isEmpty()) {
        out.append("<tr class=\"not-run\"><td>").append(escape(entry.topic().title())).append("</td><td>")
            .append(Durations.clock(entry.topic().budget())).append("</td><td colspan=\"6\">")
            .append(doc.notRun(entry.topic())).append("</td></tr>\n");
      }
      for (SessionHistory.TopicRun run : entry.runs()) {
        out.append("<tr><td>").append(escape(entry.topic().title())).append("</td><td>")
            .append(Durations.clock(entry.topic().budget())).append("</td><td>")
            .append(Durations.clock(run.total(history.asOf()))).append("</td><td>")
            .append(run.overrun(history.asOf()).isZero() ? "" : Durations.clock(run.overrun(history.asOf())))
            .append("</td><td>").append(Durations.clock(run.presentation(history.asOf())))
            .append("</td><td>").append(Durations.clock(run.discussion(history.asOf())))
            .append("</td><td>").append(escape(SessionDocument.slides(run)))
            .append("</td><td>").append(escape(doc.cutOffs(run))).append("</td></tr>\n");
      }
    }
    out.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String fact(String name, String value) {
    return "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>\n";
  }

  private static StringBuilder start(SessionDocument doc, String what, String head) {
    StringBuilder out = new StringBuilder();
    out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>").append(escape(doc.title())).append(" — ").append(what).append("</title>\n");
    out.append(head).append("\n</head>\n<body>\n<main class=\"notes-page\">\n<header>\n");
    out.append("<p class=\"context\">").append(escape(doc.eventTitle())).append(" · ").append(escape(doc.roomName()))
        .append("</p>\n<h1>").append(escape(doc.title())).append(" <span>").append(what).append("</span></h1>\n");
    return out;
  }
}
