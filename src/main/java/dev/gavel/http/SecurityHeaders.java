package dev.gavel.http;

import dev.gavel.route.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every answer carries, whatever it is (a page, a view's file, JSON, a picture, a
 * download, an error, the socket's upgrade): a content security policy that no other site may
 * frame, {@code nosniff}, and a referrer policy that keeps an address with a key in it (the
 * moderator's {@code ?key=}) from leaving in a {@code Referer}. They are set before anything else
 * runs, so even an answer Jetty makes on its own (a malformed address) has them; a page or a
 * download then sets the policy it needs.
 */
public final class SecurityHeaders {

  /**
   * A page: this server's own scripts, styles and pictures (a QR code may be a data URL), its own
   * socket, forms that post to it; nothing inline, nothing from anywhere else. A page's snapshot
   * sits in a JSON script element, which is data, not script.
   */
  public static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** A download that carries its styles inside it and runs nothing at all. */
  public static final String EXPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  /** Anything that is not a page (JSON, a picture, a text download): it may load nothing. */
  public static final String NOTHING_POLICY =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** No address leaves in a {@code Referer}, so neither does a key in one. */
  public static final String NO_REFERRER = "no-referrer";

  private SecurityHeaders() {}

  /** For Jetty: every request's answer starts with these headers. */
  public static HttpConfiguration.Customizer everyAnswer() {
    return (request, responseHeaders) -> {
      set(responseHeaders, policyFor(request.getHttpURI().getPath()));
      return request;
    };
  }

  /**
   * For Jetty: a request it refuses before any handler sees it (a malformed address, say) is
   * answered by this, with the same headers.
   */
  public static ErrorHandler refusals() {
    return new ErrorHandler() {
      @Override
      public boolean handle(Request request, Response response, Callback callback)
          throws Exception {
        set(response.getHeaders(), NOTHING_POLICY);
        return super.handle(request, response, callback);
      }
    };
  }

  /**
   * For the app: the same headers again before each handler, since an answer may have been reset
   * (an exception's answer starts afresh).
   */
  public static void register(RoutesConfig routes) {
    routes.before(SecurityHeaders::apply);
    routes.after(SecurityHeaders::applyIfMissing);
  }

  public static void apply(Context ctx) {
    apply(ctx, policyFor(ctx.path()));
  }

  /** Sets the headers with this policy, replacing any set before. */
  public static void apply(Context ctx, String policy) {
    ctx.header("Content-Security-Policy", policy)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", NO_REFERRER);
  }

  private static void applyIfMissing(Context ctx) {
    if (ctx.res().getHeader("Content-Security-Policy") == null) {
      apply(ctx);
    }
  }

  /** The views' own files may be pages; everything else is a page only if it says so. */
  private static String policyFor(String path) {
    return path != null && path.startsWith(Routes.ASSETS + "/") ? PAGE_POLICY : NOTHING_POLICY;
  }

  private static void set(HttpFields.Mutable headers, String policy) {
    headers.put("Content-Security-Policy", policy);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", NO_REFERRER);
  }
}
