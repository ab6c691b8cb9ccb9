package dev.gavel.organise;

import dev.gavel.http.HtmlResponse;
import io.javalin.http.Context;

/** How the organiser's and the programme's pages go out: with the same headers as every page. */
final class Pages {

  private Pages() {}

  /**
   * As every page, except that the referrer policy lets a form say where it comes from: under
   * {@code no-referrer} a browser sends {@code Origin: null} with a POST, and the check that a form
   * comes from this server's own pages could no longer tell them from another site's.
   */
  static void send(Context ctx, String page) {
    HtmlResponse.send(ctx, page);
    ctx.header("Referrer-Policy", "same-origin");
  }

  static void notFound(Context ctx, String title, String message) {
    ctx.status(404);
    send(ctx, Layout.page(title, "", new Markup(), null, Markup.of("<p>{}</p>", message)));
  }
}
