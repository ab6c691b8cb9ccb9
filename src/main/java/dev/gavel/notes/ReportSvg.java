package dev.gavel.notes;

import dev.gavel.html.Markup;
import dev.gavel.room.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The session report's timeline: one row a topic, its planned time as an outline laid out from the
 * session's first start, and what it took on top — the presentation in blue, the discussion in
 * green, the time past its plan in red — with a mark where a pitch was cut off. Its text goes
 * through the same escaping as every page, which also drops what XML cannot hold.
 */
public final class ReportSvg {

  private static final int LABEL = 300;
  private static final int WIDTH = 1000;
  private static final int ROW = 34;
  private static final int TOP = 40;

  private ReportSvg() {}

  public static String render(SessionDocument doc) {
    SessionHistory history = doc.history();
    Instant asOf = history.asOf();
    List<SessionDocument.Entry> entries = doc.entries();
    Instant start = history.runs().isEmpty() ? asOf : history.runs().getFirst().startedAt();
    Duration span = history.plannedTotal();
    for (SessionHistory.TopicRun run : history.runs()) {
      Instant end = run.isRunning() ? asOf : run.endedAt();
      Duration reach = Duration.between(start, end);
      if (reach.compareTo(span) > 0) {
        span = reach;
      }
    }
    double perSecond = (WIDTH - LABEL - 20) / (double) Math.max(60, span.toSeconds());
    int height = TOP + ROW * entries.size() + 30;

    Markup svg =
        Markup.of(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\""
                + " height=\"{}\" font-family=\"sans-serif\" font-size=\"13\" role=\"img\""
                + " aria-label=\"{}\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>",
            WIDTH,
            height,
            WIDTH,
            height,
            "Timeline of " + doc.title() + ": planned against actual");
    legend(svg);
    Duration plannedOffset = Duration.ZERO;
    int row = 0;
    for (SessionDocument.Entry entry : entries) {
      Topic topic = entry.topic();
      double y = TOP + row * ROW;
      svg.add(
          "<text x=\"8\" y=\"{}\" fill=\"#222\">{}</text>",
          number(y + 20),
          shorten(topic.title(), 40));
      svg.add(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"24\" fill=\"none\" stroke=\"#888\""
              + " stroke-dasharray=\"4 3\"><title>planned {}</title></rect>",
          number(LABEL + plannedOffset.toSeconds() * perSecond),
          number(y + 4),
          number(topic.budget().toSeconds() * perSecond),
          Durations.words(topic.budget()));
      for (SessionHistory.TopicRun run : entry.runs()) {
        run(svg, run, start, asOf, perSecond, y);
      }
      plannedOffset = plannedOffset.plus(topic.budget());
      row++;
    }
    return svg.add("</svg>").toString();
  }

  private static void run(
      Markup svg,
      SessionHistory.TopicRun run,
      Instant start,
      Instant asOf,
      double perSecond,
      double y) {
    double x = LABEL + Duration.between(start, run.startedAt()).toSeconds() * perSecond;
    double presentation = run.presentation(asOf).toSeconds() * perSecond;
    double discussion = run.discussion(asOf).toSeconds() * perSecond;
    bar(
        svg,
        x,
        y,
        presentation,
        "#4a90d9",
        "presentation " + Durations.words(run.presentation(asOf)));
    bar(
        svg,
        x + presentation,
        y,
        discussion,
        "#3fae6a",
        "discussion " + Durations.words(run.discussion(asOf)));
    Duration over = run.overrun(asOf);
    if (!over.isZero()) {
      double overWidth = over.toSeconds() * perSecond;
      bar(
          svg,
          x + presentation + discussion - overWidth,
          y,
          overWidth,
          "#d9534f",
          Durations.words(over) + " over");
    }
    for (SessionHistory.CutOffMark cut : run.cutOffs()) {
      if (!cut.undone()) {
        double cx = LABEL + Duration.between(start, cut.at()).toSeconds() * perSecond;
        svg.add(
            "<path d=\"M{} {}l-6 -8h12z\" fill=\"#b3261e\"><title>cut off {}</title></path>",
            number(cx),
            number(y + 4),
            cut.reason());
      }
    }
  }

  private static void bar(
      Markup svg, double x, double y, double width, String colour, String title) {
    if (width <= 0) {
      return;
    }
    svg.add(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\"><title>{}</title></rect>",
        number(x),
        number(y + 8),
        number(width),
        colour,
        title);
  }

  private static void legend(Markup svg) {
    String[][] items = {
      {"#4a90d9", "presentation"}, {"#3fae6a", "discussion"}, {"#d9534f", "over the plan"}
    };
    int x = LABEL;
    for (String[] item : items) {
      svg.add(
          "<rect x=\"{}\" y=\"10\" width=\"14\" height=\"14\" fill=\"{}\"/><text x=\"{}\" y=\"22\""
              + " fill=\"#222\">{}</text>",
          x,
          item[0],
          x + 20,
          item[1]);
      x += 140;
    }
    svg.add(
        "<rect x=\"{}\" y=\"10\" width=\"14\" height=\"14\" fill=\"none\" stroke=\"#888\""
            + " stroke-dasharray=\"4 3\"/><text x=\"{}\" y=\"22\" fill=\"#222\">planned</text>",
        x,
        x + 20);
  }

  /** A coordinate with one decimal, whatever the server's locale. */
  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
