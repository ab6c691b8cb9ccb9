package dev.gavel.http;

import io.javalin.http.Context;

/** How every page goes out: never cached stale, never framed, and nothing but our own files. */
public final class HtmlResponse {

  /**
   * Only this server's own scripts and styles: a note or a title can never load or run anything. A
   * page's snapshot sits in a JSON script element, which is data, not script.
   */
  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none';"
          + " base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** For a download that carries its styles inside it and runs nothing at all. */
  static final String EXPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private HtmlResponse() {}

  public static void send(Context ctx, String page) {
    send(ctx, page, POLICY);
  }

  static void send(Context ctx, String page, String policy) {
    ctx.header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("Content-Security-Policy", policy)
        .html(page);
  }
}
