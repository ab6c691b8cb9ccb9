package dev.gavel.screens;

import dev.gavel.http.RouteOwner;
import dev.gavel.route.Routes;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The icon every browser asks for at {@code /favicon.ico}, whatever page it opened: a gavel. */
public final class Favicon implements RouteOwner {

  @Override
  public void register(RoutesConfig routes) {
    byte[] icon = read();
    routes.get(
        Routes.FAVICON.pattern(),
        ctx ->
            ctx.contentType("image/x-icon")
                .header("Cache-Control", "public, max-age=86400")
                .result(icon));
  }

  private static byte[] read() {
    try (InputStream in = Favicon.class.getResourceAsStream("/web/favicon.ico")) {
      if (in == null) {
        throw new IllegalStateException("web/favicon.ico is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read web/favicon.ico", e);
    }
  }
}
