package dev.gavel.http;

import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import io.javalin.http.Context;
import java.util.Arrays;

/**
 * How every page goes out: never cached stale, never framed, and nothing but our own files (see
 * {@link SecurityHeaders}).
 */
public final class HtmlResponse {

  /** A page's policy: only this server's own scripts and styles; see {@link SecurityHeaders}. */
  public static final String POLICY = SecurityHeaders.PAGE_POLICY;

  /** For a download that carries its styles inside it and runs nothing at all. */
  public static final String EXPORT_POLICY = SecurityHeaders.EXPORT_POLICY;

  private HtmlResponse() {}

  public static void send(Context ctx, String page) {
    send(ctx, page, POLICY);
  }

  /**
   * A page with forms: as every page, except that the referrer policy lets a form say where it
   * comes from. Under {@code no-referrer} a browser sends {@code Origin: null} with a POST, and the
   * check that a form comes from this server's own pages could no longer tell them from another
   * site's. {@code same-origin} still sends nothing to any other site.
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

  /**
   * A page rendered before, as its bytes, with the validator it was kept under: a browser that
   * already holds exactly these bytes is answered {@code 304} with nothing else. A page gets a
   * page's policy; anything else (a picture) keeps the one that loads nothing.
   */
  public static void sendRendered(Context ctx, String contentType, byte[] page, String etag) {
    if (contentType.startsWith("text/html")) {
      SecurityHeaders.apply(ctx, POLICY);
    }
    ctx.header("Cache-Control", "no-cache").header("ETag", etag);
    String held = ctx.header("If-None-Match");
    if (held != null && Arrays.asList(held.split("\\s*,\\s*")).contains(etag)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(contentType).result(page);
  }

  /**
   * A page kept as bytes that has no validator: it carries the server's time, so a browser must
   * never be told that the copy it holds will do.
   */
  public static void sendBytes(Context ctx, byte[] page) {
    SecurityHeaders.apply(ctx, POLICY);
    ctx.header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8").result(page);
  }

  /** A page the server has no turn to make right now: come back in a second. */
  public static void busy(Context ctx, String message) {
    ctx.status(503).header("Retry-After", "1");
    send(ctx, Layout.site("Busy", "", new Markup(), null, Markup.of("<p>{}</p>", message)));
  }

  public static void send(Context ctx, String page, String policy) {
    SecurityHeaders.apply(ctx, policy);
    ctx.header("Cache-Control", "no-cache").html(page);
  }
}
