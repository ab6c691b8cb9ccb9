package dev.gavel.notes;

import dev.gavel.html.Markup;
import dev.gavel.room.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The session report's timeline: one row a topic, its planned time as an outline laid out from the
 * session's first start, and what it took on top — the presentation solid blue, the discussion in
 * orange stripes, the time past its plan in dark red cross-hatching, so that no reading depends on
 * telling red from green — with a mark where a pitch was cut off, the time each took written at the
 * end of its row, and a time axis of the room's clock below. Its text goes through the same
 * escaping as every page, which also drops what XML cannot hold.
 */
public final class ReportSvg {

  private static final int LABEL = 300;
  private static final int WIDTH = 1000;

  /** Room at the right of each row for what the topic took, in words. */
  private static final int TAKEN = 130;

  private static final int ROW = 34;
  private static final int TOP = 40;
  private static final int AXIS = 34;

  /** Steps of the time axis, so that it has at most eight marks. */
  private static final int[] STEPS_MINUTES = {1, 2, 5, 10, 15, 30, 60, 120};

  private static final String PATTERNS =
      "<defs><pattern id=\"discussion\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
          + " patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#e69f00\"/>"
          + "<rect width=\"3\" height=\"8\" fill=\"#fff\" fill-opacity=\"0.55\"/></pattern>"
          + "<pattern id=\"over\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
          + "<rect width=\"6\" height=\"6\" fill=\"#8b1a1a\"/><path d=\"M0 0L6 6M6 0L0 6\""
          + " stroke=\"#fff\" stroke-width=\"1.2\"/></pattern></defs>";

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
    long seconds = Math.max(60, span.toSeconds());
    double perSecond = (WIDTH - LABEL - TAKEN) / (double) seconds;
    int rowsBottom = TOP + ROW * entries.size();
    int height = rowsBottom + AXIS;

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
    svg.add(PATTERNS);
    legend(svg);
    axis(svg, doc, start, seconds, perSecond, rowsBottom);
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
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"24\" fill=\"none\" stroke=\"#666\""
              + " stroke-dasharray=\"4 3\"><title>planned {}</title></rect>",
          number(LABEL + plannedOffset.toSeconds() * perSecond),
          number(y + 4),
          number(topic.budget().toSeconds() * perSecond),
          Durations.words(topic.budget()));
      for (SessionHistory.TopicRun run : entry.runs()) {
        run(svg, run, start, asOf, perSecond, y);
      }
      svg.add(
          "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#222\">{}</text>",
          WIDTH - 8,
          number(y + 20),
          taken(entry, asOf));
      plannedOffset = plannedOffset.plus(topic.budget());
      row++;
    }
    return svg.add("</svg>").toString();
  }

  /** What a topic took, as the row's end says it: "17:02 (+2:02)", or "not run". */
  private static String taken(SessionDocument.Entry entry, Instant asOf) {
    if (entry.runs().isEmpty()) {
      return "not run";
    }
    Duration total = Duration.ZERO;
    Duration over = Duration.ZERO;
    for (SessionHistory.TopicRun run : entry.runs()) {
      total = total.plus(run.total(asOf));
      over = over.plus(run.overrun(asOf));
    }
    String times = entry.runs().size() > 1 ? " ×" + entry.runs().size() : "";
    return Durations.clock(total)
        + (over.isZero() ? "" : " (+" + Durations.clock(over) + ")")
        + times;
  }

  /** Marks of the room's clock under the rows, every few minutes from the first start. */
  private static void axis(
      Markup svg, SessionDocument doc, Instant start, long seconds, double perSecond, int y) {
    int step = STEPS_MINUTES[STEPS_MINUTES.length - 1];
    for (int candidate : STEPS_MINUTES) {
      if (seconds / (candidate * 60L) <= 8) {
        step = candidate;
        break;
      }
    }
    svg.add(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#444\"/>",
        LABEL,
        y + 4,
        number(LABEL + seconds * perSecond),
        y + 4);
    for (long at = 0; at <= seconds; at += step * 60L) {
      double x = LABEL + at * perSecond;
      svg.add(
          "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#444\"/><text x=\"{}\" y=\"{}\""
              + " text-anchor=\"middle\" fill=\"#222\">{}</text>",
          number(x),
          y + 4,
          number(x),
          y + 10,
          number(x),
          y + 26,
          doc.time(start.plusSeconds(at)));
    }
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
        "#1f5fa8",
        "presentation " + Durations.words(run.presentation(asOf)));
    bar(
        svg,
        x + presentation,
        y,
        discussion,
        "url(#discussion)",
        "discussion " + Durations.words(run.discussion(asOf)));
    Duration over = run.overrun(asOf);
    if (!over.isZero()) {
      double overWidth = over.toSeconds() * perSecond;
      bar(
          svg,
          x + presentation + discussion - overWidth,
          y,
          overWidth,
          "url(#over)",
          Durations.words(over) + " over");
    }
    for (SessionHistory.CutOffMark cut : run.cutOffs()) {
      if (!cut.undone()) {
        double cx = LABEL + Duration.between(start, cut.at()).toSeconds() * perSecond;
        svg.add(
            "<path d=\"M{} {}l-6 -8h12z\" fill=\"#000\"><title>cut off {}</title></path>",
            number(cx),
            number(y + 4),
            cut.reason());
      }
    }
  }

  private static void bar(Markup svg, double x, double y, double width, String fill, String title) {
    if (width <= 0) {
      return;
    }
    svg.add(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\"><title>{}</title></rect>",
        number(x),
        number(y + 8),
        number(width),
        fill,
        title);
  }

  private static void legend(Markup svg) {
    String[][] items = {
      {"#1f5fa8", "presentation"}, {"url(#discussion)", "discussion"}, {"url(#over)", "over plan"}
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
      x += 125;
    }
    svg.add(
        "<rect x=\"{}\" y=\"10\" width=\"14\" height=\"14\" fill=\"none\" stroke=\"#666\""
            + " stroke-dasharray=\"4 3\"/><text x=\"{}\" y=\"22\" fill=\"#222\">planned</text>",
        x,
        x + 20);
    x += 100;
    svg.add(
        "<path d=\"M{} 12l-6 -8h12z\" transform=\"translate(0 10)\" fill=\"#000\"/><text x=\"{}\""
            + " y=\"22\" fill=\"#222\">cut off</text>",
        x + 7,
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
