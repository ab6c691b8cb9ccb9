package dev.gavel.http;

import dev.gavel.room.LogFailure;
import dev.gavel.runtime.MalformedMessage;
import dev.gavel.store.StoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become HTTP responses: always JSON {@code {"error": "…"}}. */
public final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  public static void register(RoutesConfig routes) {
    routes.exception(ApiError.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
    routes.exception(MalformedMessage.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
    routes.exception(
        LogFailure.class,
        (e, ctx) -> {
          LOG.error("the session log failed for {} {}", ctx.method(), ctx.path(), e);
          respond(ctx, 503, "the server could not save this; nothing changed");
        });
    routes.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.error("storage failed for {} {}", ctx.method(), ctx.path(), e);
          respond(ctx, 503, "the server could not save this; nothing changed");
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("unexpected failure for {} {}", ctx.method(), ctx.path(), e);
          respond(ctx, 500, "something went wrong on the server; nothing changed");
        });
  }

  private static void respond(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }
}
