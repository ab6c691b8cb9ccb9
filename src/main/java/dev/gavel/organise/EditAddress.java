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
   * The page that shows the section that changed, at that section: the event's page, which sends a
   * big event's organiser on to the room or session page holding it ({@code ?show=}). An anchor
   * from a form is only ever a plain id.
   */
  static String back(Context ctx, String anchor) {
    String section = anchor(anchor);
    return Routes.EVENT.path(event(ctx)) + "?show=" + section + "#" + section;
  }

  /** The anchor if it is a plain id, else the event's own section. */
  static String anchor(String anchor) {
    return anchor != null && anchor.matches("[a-z0-9-]{1,80}") ? anchor : "event";
  }

  static long number(Context ctx) {
    String id = ctx.pathParam("id");
    return Route.id(id)
        .orElseThrow(() -> new NotFoundResponse("there is nothing numbered \"" + id + "\" here"));
  }
}
