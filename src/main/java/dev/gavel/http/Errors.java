package dev.gavel.http;

import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.room.DamagedLog;
import dev.gavel.room.LogFailure;
import dev.gavel.runtime.CommandGate;
import dev.gavel.runtime.MalformedMessage;
import dev.gavel.store.StoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses: JSON {@code {"error": "…"}}, except a room
 * closed for its damaged log, which a page of the room's shows as a page.
 */
public final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  public static void register(RoutesConfig routes) {
    routes.exception(ApiError.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
    routes.exception(MalformedMessage.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
    routes.exception(
        DamagedLog.class,
        (e, ctx) -> {
          if (ctx.path().startsWith("/api/")) {
            respond(ctx, 503, CommandGate.closed(e));
          } else {
            ctx.status(503);
            HtmlResponse.send(
                ctx,
                Layout.site(
                    "This room's log is damaged",
                    e.room().value(),
                    new Markup(),
                    null,
                    // A fault, shown as one: not the green of a change that went through.
                    Markup.of(
                        "<div class=\"error-summary\" role=\"alert\"><h2>The room is closed</h2>"
                            + "<p>{}</p></div>",
                        CommandGate.closed(e))));
          }
        });
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
