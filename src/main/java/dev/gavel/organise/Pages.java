package dev.gavel.organise;

import dev.gavel.http.HtmlResponse;
import io.javalin.http.Context;

/** How the organiser's and the programme's pages go out: with the same headers as every page. */
final class Pages {

  private Pages() {}

  static void send(Context ctx, String page) {
    HtmlResponse.send(ctx, page);
  }

  static void notFound(Context ctx, String title, String message) {
    ctx.status(404);
    send(ctx, Layout.page(title, "", new Markup(), null, Markup.of("<p>{}</p>", message)));
  }
}
