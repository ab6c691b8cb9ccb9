package dev.gavel.notes;

import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.route.Routes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The session report as a page: planned against actual time, per topic and in sum. */
public final class ReportPage {

  private ReportPage() {}

  public static String render(SessionDocument doc, long sessionId, Markup styles) {
    SessionHistory history = doc.history();
    Markup nav =
        Layout.documentNav(
            List.of(
                new Layout.Link(Routes.NOTES.path(sessionId), "Notes"),
                new Layout.Link(Routes.LOG.path(sessionId), "Session log"),
                new Layout.Link(Routes.REPORT_SVG.path(sessionId), "Timeline (SVG)")));
    long overruns =
        history.runs().stream().filter(run -> !run.overrun(history.asOf()).isZero()).count();
    long cutOffs = history.runs().stream().filter(SessionHistory.TopicRun::wasCutOff).count();
    Markup summary =
        new Markup()
            .add(fact("Topics run", topicsRun(doc)))
            .add(fact("Planned", Durations.words(history.plannedTotal())))
            .add(fact("Taken", Durations.words(history.actualTotal())))
            .add(
                fact(
                    "Discussion",
                    Durations.words(history.discussionTotal())
                        + " ("
                        + String.format(Locale.ROOT, "%.0f", history.discussionShare() * 100)
                        + "% of the topics' time)"))
            .add(fact("Over their plan", overruns + (overruns == 1 ? " topic" : " topics")))
            .add(fact("Cut off", cutOffs + (cutOffs == 1 ? " pitch" : " pitches")))
            .add(fact("Speakers from the queue", speakers(history)));
    Markup rows = new Markup();
    for (SessionDocument.Entry entry : doc.entries()) {
      if (entry.runs().isEmpty()) {
        rows.add(
            "<tr class=\"not-run\"><th scope=\"row\">{}</th><td data-label=\"Planned\">{}</td>"
                + "<td colspan=\"6\" data-label=\"Ran\">{}</td></tr>\n",
            entry.topic().title(),
            Durations.clock(entry.topic().budget()),
            doc.notRun(entry.topic()));
      }
      for (SessionHistory.TopicRun run : entry.runs()) {
        Duration over = run.overrun(history.asOf());
        rows.add(
            "<tr><th scope=\"row\">{}</th><td data-label=\"Planned\">{}</td>"
                + "<td data-label=\"Taken\">{}</td><td data-label=\"Over\">{}</td>"
                + "<td data-label=\"Presentation\">{}</td><td data-label=\"Discussion\">{}</td>"
                + "<td data-label=\"Slides\">{}</td><td data-label=\"Cut off\">{}</td></tr>\n",
            entry.topic().title(),
            Durations.clock(entry.topic().budget()),
            Durations.clock(run.total(history.asOf())),
            over.isZero() ? "–" : Durations.clock(over),
            Durations.clock(run.presentation(history.asOf())),
            Durations.clock(run.discussion(history.asOf())),
            SessionDocument.slides(run),
            doc.cutOffs(run));
      }
    }
    Markup body =
        Markup.of(
            "<dl class=\"summary\">\n{}</dl>\n<figure class=\"timeline\"><img src=\"{}\""
                + " alt=\"Timeline of the session: planned against actual time per topic; the"
                + " table below gives the same times\"><figcaption>Solid blue: presentation."
                + " Orange stripes: discussion. Dark red cross-hatching: past the plan. Dashed"
                + " outline: the plan. ▼ a cut-off. Each row ends with the time the topic took."
                + "</figcaption></figure>\n<table class=\"report\">\n<thead><tr><th>Topic</th>"
                + "<th>Planned</th>"
                + "<th>Taken</th><th>Over</th><th>Presentation</th><th>Discussion</th>"
                + "<th>Slides</th><th>Cut off</th></tr></thead>\n<tbody>\n{}</tbody>\n</table>\n",
            summary,
            Routes.REPORT_SVG.path(sessionId),
            rows);
    return Layout.document(
        doc.title(),
        "report",
        "report",
        styles,
        doc.eventTitle() + " · " + doc.roomName(),
        nav,
        body);
  }

  /** How many spoke, for how long each on average, and how many were left unheard. */
  private static String speakers(SessionHistory history) {
    List<SessionHistory.Turn> turns =
        history.runs().stream().flatMap(run -> run.speakers().stream()).toList();
    int left = history.runs().stream().mapToInt(SessionHistory.TopicRun::leftInQueue).sum();
    String spoke =
        turns.isEmpty()
            ? "nobody"
            : turns.size()
                + (turns.size() == 1 ? " turn" : " turns")
                + ", "
                + Durations.clock(
                    turns.stream()
                        .map(turn -> turn.length(history.asOf()))
                        .reduce(Duration.ZERO, Duration::plus)
                        .dividedBy(turns.size()))
                + " each on average";
    return spoke + (left == 0 ? "" : "; " + left + " left in the queue when their topic ended");
  }

  /**
   * How many of the session's topics ran: a topic started twice counts once, and the runs are told
   * apart ("3 of 14, one of them twice").
   */
  static String topicsRun(SessionDocument doc) {
    long ran = doc.entries().stream().filter(entry -> !entry.runs().isEmpty()).count();
    long again = doc.entries().stream().filter(entry -> entry.runs().size() > 1).count();
    String topics = ran + " of " + doc.entries().size();
    if (again == 0) {
      return topics;
    }
    return topics
        + (again == 1 ? ", one of them more than once" : ", " + again + " more than once");
  }

  private static Markup fact(String name, String value) {
    return Markup.of("<dt>{}</dt><dd>{}</dd>\n", name, value);
  }
}
