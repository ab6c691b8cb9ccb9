package dev.gavel.http;

import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import io.javalin.http.Context;

/** How every page goes out: never cached stale, never framed, and nothing but our own files. */
public final class HtmlResponse {

  /**
   * Only this server's own scripts and styles: a note or a title can never load or run anything. A
   * page's snapshot sits in a JSON script element, which is data, not script.
   */
  public static final String POLICY =
      "default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none';"
          + " base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** For a download that carries its styles inside it and runs nothing at all. */
  public static final String EXPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private HtmlResponse() {}

  public static void send(Context ctx, String page) {
    send(ctx, page, POLICY);
  }

  /**
   * A page with forms: as every page, except that the referrer policy lets a form say where it
   * comes from. Under {@code no-referrer} a browser sends {@code Origin: null} with a POST, and the
   * check that a form comes from this server's own pages could no longer tell them from another
   * site's.
   */
  public static void sendWithForms(Context ctx, String page) {
    send(ctx, page);
    ctx.header("Referrer-Policy", "same-origin");
  }

  /** A page that says, in a person's words, that what the address names is not here. */
  public static void notFound(Context ctx, String title, String message) {
    ctx.status(404);
    sendWithForms(ctx, Layout.site(title, "", new Markup(), null, Markup.of("<p>{}</p>", message)));
  }

  public static void send(Context ctx, String page, String policy) {
    ctx.header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("Content-Security-Policy", policy)
        .html(page);
  }
}
