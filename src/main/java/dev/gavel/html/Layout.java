package dev.gavel.html;

import dev.gavel.route.Routes;
import java.util.List;

/**
 * The frame of every page the server renders, in two looks: a site page (the organiser's pages, the
 * public programme, proposing a topic), with a header band and the form's mistakes on top; and a
 * document (a session's notes, log and report), printed as often as read.
 */
public final class Layout {

  private Layout() {}

  /** A link in a page's navigation. */
  public record Link(String href, String label) {}

  /**
   * @param context the line above the heading, such as the event's title; may be empty
   * @param failed the form that came back with mistakes, listed at the top with links to each
   * @param scripts addresses of the page's modules
   */
  public static String site(
      String title, String context, Markup nav, FormState failed, Markup body, String... scripts) {
    Markup head =
        Markup.of(
                "<meta name=\"robots\" content=\"noindex\">\n<title>{}</title>\n",
                title + " — Gavel")
            .add(stylesheet(Routes.asset("organise/organise.css")));
    for (String script : scripts) {
      head.add("<script type=\"module\" src=\"{}\"></script>\n", script);
    }
    Markup page = start(head).add("<header class=\"top\"><div class=\"wrap\">");
    if (!context.isEmpty()) {
      page.add("<p class=\"context\">{}</p>", context);
    }
    page.add("<h1>{}</h1>{}</div></header>\n<main class=\"wrap\">\n", title, nav);
    return page.add(summary(failed)).add(body).add("</main>\n</body>\n</html>\n").toString();
  }

  /**
   * @param styles the document's styles: a {@link #stylesheet} when served, the styles themselves
   *     when it is a download
   * @param what what the document is, beside its title: "session log", say
   * @param context the event, the room and perhaps the day
   */
  public static String document(
      String title,
      String what,
      String tabTitle,
      Markup styles,
      String context,
      Markup nav,
      Markup body) {
    Markup head = Markup.of("<title>{}</title>\n", title + " — " + tabTitle).add(styles);
    return start(head)
        .add(
            "<main class=\"notes-page\">\n<header>\n<p class=\"context\">{}</p>\n"
                + "<h1>{} <span>{}</span></h1>\n{}</header>\n",
            context,
            title,
            what,
            nav)
        .add(body)
        .add("</main>\n</body>\n</html>\n")
        .toString();
  }

  public static Markup stylesheet(String href) {
    return Markup.of("<link rel=\"stylesheet\" href=\"{}\">\n", href);
  }

  public static Markup nav(List<Link> links) {
    return Markup.of("<nav>{}</nav>", items(links));
  }

  /** A document's links to its siblings; left out when it is printed. */
  public static Markup documentNav(List<Link> links) {
    return Markup.of("<nav class=\"no-print\">{}</nav>\n", items(links));
  }

  private static Markup items(List<Link> links) {
    Markup items = new Markup();
    for (Link link : links) {
      items.add("<a href=\"{}\">{}</a>", link.href(), link.label());
    }
    return items;
  }

  private static Markup start(Markup head) {
    return Markup.of(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{}"
            + "</head>\n<body>\n",
        head);
  }

  private static Markup summary(FormState failed) {
    if (failed == null || failed.errors().isEmpty()) {
      return new Markup();
    }
    Markup items = new Markup();
    failed
        .errors()
        .forEach(
            (field, message) ->
                items.add(
                    "<li><a href=\"#{}\">{}</a></li>",
                    field.isEmpty() ? failed.id() : failed.elementId(field),
                    message));
    return Markup.of(
        "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\"><h2>Nothing was saved: please"
            + " correct {}</h2><ul>{}</ul></div>\n",
        failed.errors().size() == 1 ? "this" : "these",
        items);
  }
}
