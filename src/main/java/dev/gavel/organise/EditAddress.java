package dev.gavel.organise;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** What the organiser's change addresses say: the event, the thing's id, where to go back to. */
final class EditAddress {

  static final String EVENT = "/organise/events/{event}";

  private EditAddress() {}

  static String event(Context ctx) {
    return ctx.pathParam("event");
  }

  /**
   * The event's page at the section that changed; an anchor from a form is only ever a plain id.
   */
  static String back(Context ctx, String anchor) {
    String section = anchor != null && anchor.matches("[a-z0-9-]{1,80}") ? anchor : "event";
    return "/organise/events/" + event(ctx) + "#" + section;
  }

  static long number(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[1-9]\\d{0,17}")) {
      throw new NotFoundResponse("there is nothing numbered \"" + id + "\" here");
    }
    return Long.parseLong(id);
  }
}
