package dev.gavel.organise;

import java.util.List;

/** The frame of every organiser and programme page: head, header, the summary of mistakes. */
final class Layout {

  private Layout() {}

  /**
   * @param context the line above the heading, such as the event's title; may be empty
   * @param failed the form that came back with mistakes, listed at the top with links to each
   */
  static String page(
      String title, String context, Markup nav, FormState failed, Markup body, String... scripts) {
    Markup page =
        Markup.of(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<title>{}</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/organise/organise.css\">\n",
            title + " — Gavel");
    for (String script : scripts) {
      page.add("<script type=\"module\" src=\"{}\"></script>\n", script);
    }
    page.add("</head>\n<body>\n<header class=\"top\"><div class=\"wrap\">");
    if (!context.isEmpty()) {
      page.add("<p class=\"context\">{}</p>", context);
    }
    page.add("<h1>{}</h1>{}</div></header>\n<main class=\"wrap\">\n", title, nav);
    return page.add(summary(failed)).add(body).add("</main>\n</body>\n</html>\n").toString();
  }

  record Link(String href, String label) {}

  static Markup nav(List<Link> links) {
    Markup nav = new Markup();
    for (Link link : links) {
      nav.add("<a href=\"{}\">{}</a>", link.href(), link.label());
    }
    return Markup.of("<nav>{}</nav>", nav);
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
