package dev.gavel.http;

import io.javalin.http.Context;

/** The secret a script presents as {@code Authorization: Bearer <secret>}. */
public final class Bearer {

  private Bearer() {}

  /**
   * @return the secret; empty when the header is missing or is not a bearer secret
   */
  public static String secret(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      return "";
    }
    return header.substring("Bearer ".length()).strip();
  }

  public static boolean present(Context ctx) {
    String header = ctx.header("Authorization");
    return header != null && !header.isBlank();
  }
}
