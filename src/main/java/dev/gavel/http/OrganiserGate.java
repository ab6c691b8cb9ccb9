package dev.gavel.http;

import dev.gavel.access.Access;
import dev.gavel.access.SameOrigin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who may open the organiser's pages: whoever presents the organiser's secret, once in the link
 * (then kept in a cookie, so it leaves the address bar and the history) or in an Authorization
 * header. The cookie holds a digest of the secret rather than the secret itself: a secret set by
 * hand may hold characters a cookie cannot, and the cookie cannot open a moderator's socket.
 */
public final class OrganiserGate {

  public static final String COOKIE = "gavel-organiser";

  private final Access access;
  private final byte[] token;

  public OrganiserGate(Access access, String organiserSecret) {
    this.access = access;
    this.token = digest(organiserSecret).getBytes(StandardCharsets.US_ASCII);
  }

  public boolean admits(Context ctx) {
    if (access.isOrganiser(Bearer.secret(ctx))) {
      return true;
    }
    String cookie = ctx.cookie(COOKIE);
    return cookie != null
        && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), token);
  }

  /** Whether the link's key is the organiser's; if so, the browser keeps the cookie from now on. */
  public boolean logIn(Context ctx, String key) {
    if (!access.isOrganiser(key)) {
      return false;
    }
    String secure = "https".equals(ctx.scheme()) ? "; Secure" : "";
    ctx.header(
        "Set-Cookie", COOKIE + "=" + digest(key) + "; Path=/; HttpOnly; SameSite=Strict" + secure);
    return true;
  }

  /** Whether the request comes from this server's own pages, or from a script. */
  public static boolean sameOrigin(Context ctx) {
    return SameOrigin.test(ctx.header("Origin"), ctx.host());
  }

  private static String digest(String secret) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(("gavel organiser cookie\n" + secret).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
