package dev.gavel.notes;

import static dev.gavel.notes.Html.escape;

import dev.gavel.room.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The session report's timeline: one row a topic, its planned time as an outline laid out from the
 * session's first start, and what it took on top — the presentation in blue, the discussion in
 * green, the time past its plan in red — with a mark where a pitch was cut off.
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

    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"13\" role=\"img\" aria-label=\"%s\">",
            WIDTH,
            height,
            WIDTH,
            height,
            escape("Timeline of " + doc.title() + ": planned against actual")));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
    legend(svg);
    Duration plannedOffset = Duration.ZERO;
    int row = 0;
    for (SessionDocument.Entry entry : entries) {
      Topic topic = entry.topic();
      double y = TOP + row * ROW;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"8\" y=\"%.1f\" fill=\"#222\">%s</text>",
              y + 20,
              escape(shorten(topic.title(), 40))));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"24\" fill=\"none\" stroke=\"#888\""
                  + " stroke-dasharray=\"4 3\"><title>planned %s</title></rect>",
              LABEL + plannedOffset.toSeconds() * perSecond,
              y + 4,
              topic.budget().toSeconds() * perSecond,
              escape(Durations.words(topic.budget()))));
      for (SessionHistory.TopicRun run : entry.runs()) {
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
            svg.append(
                String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f %.1fl-6 -8h12z\" fill=\"#b3261e\"><title>cut off %s</title></path>",
                    cx,
                    y + 4,
                    escape(cut.reason())));
          }
        }
      }
      plannedOffset = plannedOffset.plus(topic.budget());
      row++;
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static void bar(
      StringBuilder svg, double x, double y, double width, String colour, String title) {
    if (width <= 0) {
      return;
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s</title></rect>",
            x,
            y + 8,
            width,
            colour,
            escape(title)));
  }

  private static void legend(StringBuilder svg) {
    String[][] items = {
      {"#4a90d9", "presentation"}, {"#3fae6a", "discussion"}, {"#d9534f", "over the plan"}
    };
    int x = LABEL;
    for (String[] item : items) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"10\" width=\"14\" height=\"14\" fill=\"%s\"/><text x=\"%d\" y=\"22\" fill=\"#222\">%s</text>",
              x,
              item[0],
              x + 20,
              item[1]));
      x += 140;
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"10\" width=\"14\" height=\"14\" fill=\"none\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>"
                + "<text x=\"%d\" y=\"22\" fill=\"#222\">planned</text>",
            x,
            x + 20));
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
