package dev.gavel.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A browser as the public pages know it: a random id in a cookie that a page with a public form
 * hands out, so that what one device may do (sign up, propose, join a queue) can be counted per
 * device. The cookie proves nothing (a script can send any), so a device's limits always come with
 * its address's (see {@link SenderLimit}).
 */
public final class Device {

  public static final String COOKIE = "gavel-device";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

  private final Supplier<String> newId;

  /**
   * @param newId makes a fresh random id
   */
  public Device(Supplier<String> newId) {
    this.newId = newId;
  }

  /** The device's id from its cookie; one without a cookie is given one now, for a year. */
  public String id(Context ctx) {
    Optional<String> carried = carried(ctx);
    if (carried.isPresent()) {
      return carried.get();
    }
    String id = newId.get();
    String secure = "https".equals(ctx.scheme()) ? "; Secure" : "";
    ctx.res()
        .addHeader(
            "Set-Cookie",
            COOKIE + "=" + id + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax" + secure);
    return id;
  }

  /** The id the request carries, if it carries one that could be ours. */
  public static Optional<String> carried(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    return cookie != null && ID.matcher(cookie).matches() ? Optional.of(cookie) : Optional.empty();
  }
}
