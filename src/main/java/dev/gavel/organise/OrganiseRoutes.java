package dev.gavel.organise;

import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.http.FormPost;
import dev.gavel.http.HtmlResponse;
import dev.gavel.http.OrganiserGate;
import dev.gavel.http.RouteOwner;
import dev.gavel.programme.Programme;
import dev.gavel.route.Route;
import dev.gavel.route.Routes;
import dev.gavel.store.ProgrammeEditor;
import dev.gavel.store.ProgrammeStore;
import dev.gavel.store.Proposals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * The organiser's pages under {@code /organise}. Every one asks for the organiser's secret; every
 * POST must come from this server's own pages.
 */
public final class OrganiseRoutes implements RouteOwner {

  private final ProgrammeStore store;
  private final Proposals proposals;
  private final OrganiserGate gate;
  private final EventEdits edits;

  public OrganiseRoutes(
      ProgrammeStore store, ProgrammeEditor editor, Proposals proposals, OrganiserGate gate) {
    this.store = store;
    this.proposals = proposals;
    this.gate = gate;
    this.edits = new EventEdits(store, editor, proposals, this::eventPage);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(Routes.ORGANISE.pattern(), this::home);
    routes.post(
        Routes.NEW_EVENT.pattern(),
        organiser(
            edits.createEvent(
                (ctx, failed) -> EventsPage.render(store.events(), new Forms(failed)))));
    routes.get(
        Routes.EVENT.pattern(),
        organiser(
            ctx ->
                event(ctx)
                    .ifPresent(event -> HtmlResponse.sendWithForms(ctx, eventPage(ctx, null)))));
    edits.register(
        (route, handler) -> {
          Ownership.requireChecked(route);
          routes.post(
              route.pattern(),
              organiser(
                  ctx -> {
                    Optional<Programme> event = event(ctx);
                    if (event.isPresent()) {
                      owned(ctx, route, event.get(), handler);
                    }
                  }));
        });
  }

  /** Runs the edit only if what its address names is the event's; see {@link Ownership}. */
  private void owned(Context ctx, Route route, Programme event, Handler handler) throws Exception {
    Optional<String> stranger =
        Ownership.stranger(route, ctx, event, () -> proposals.of(event.slug()));
    if (stranger.isPresent()) {
      HtmlResponse.notFound(ctx, "Not in this event", stranger.get());
    } else {
      handler.handle(ctx);
    }
  }

  /**
   * The link with the key logs in and then drops the key from the address; else the list of events.
   */
  private void home(Context ctx) {
    String key = ctx.queryParam("key");
    if (key != null && gate.logIn(ctx, key)) {
      ctx.redirect(Routes.ORGANISE.path(), HttpStatus.SEE_OTHER);
    } else if (key == null && gate.admits(ctx)) {
      HtmlResponse.sendWithForms(ctx, EventsPage.render(store.events(), Forms.NONE));
    } else {
      ctx.status(403);
      HtmlResponse.sendWithForms(ctx, DeniedPage.render());
    }
  }

  private Handler organiser(Handler handler) {
    return FormPost.fromOurPages(
        ctx -> {
          if (gate.admits(ctx)) {
            handler.handle(ctx);
          } else {
            ctx.status(403);
            HtmlResponse.sendWithForms(ctx, DeniedPage.render());
          }
        });
  }

  private String eventPage(Context ctx, FormState failed) {
    Programme event = event(ctx).orElseThrow();
    return EventPage.render(event, store.rooms(), proposals.of(event.slug()), new Forms(failed));
  }

  /** The event in the address, or a 404 page. */
  private Optional<Programme> event(Context ctx) {
    Optional<Programme> event = store.programme(ctx.pathParam("event"));
    if (event.isEmpty()) {
      HtmlResponse.notFound(
          ctx,
          "No such event",
          "There is no event \"" + ctx.pathParam("event") + "\" on this server.");
    }
    return event;
  }
}
