package dev.gavel.organise;

import dev.gavel.route.Route;
import dev.gavel.route.Routes;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** What the organiser's change addresses say: the event, the thing's id, where to go back to. */
final class EditAddress {

  private EditAddress() {}

  static String event(Context ctx) {
    return ctx.pathParam("event");
  }

  /**
   * The event's page at the section that changed; an anchor from a form is only ever a plain id.
   */
  static String back(Context ctx, String anchor) {
    String section = anchor != null && anchor.matches("[a-z0-9-]{1,80}") ? anchor : "event";
    return Routes.EVENT.path(event(ctx)) + "#" + section;
  }

  static long number(Context ctx) {
    String id = ctx.pathParam("id");
    return Route.id(id)
        .orElseThrow(() -> new NotFoundResponse("there is nothing numbered \"" + id + "\" here"));
  }
}
