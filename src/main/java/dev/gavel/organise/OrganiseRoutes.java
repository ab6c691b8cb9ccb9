package dev.gavel.organise;

import dev.gavel.access.Access;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.http.HtmlResponse;
import dev.gavel.programme.Programme;
import dev.gavel.store.ProgrammeEditor;
import dev.gavel.store.ProgrammeStore;
import dev.gavel.store.Proposals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The organiser's pages under {@code /organise}, and the public programme and proposal pages. Every
 * organiser page asks for the organiser's secret; every POST, organiser's or public, must come from
 * this server's own pages.
 */
public final class OrganiseRoutes {

  private final ProgrammeStore store;
  private final Proposals proposals;
  private final OrganiserGate gate;
  private final EventEdits edits;
  private final ProgrammeRoutes programme;

  private final ScheduleRoutes schedules;

  /**
   * @param newSecret makes the moderator's and note-taker's secrets of rooms made here
   */
  public OrganiseRoutes(
      ProgrammeStore store,
      ProgrammeEditor editor,
      Proposals proposals,
      Access access,
      String organiserSecret,
      Supplier<String> newSecret) {
    this.store = store;
    this.proposals = proposals;
    this.gate = new OrganiserGate(access, organiserSecret);
    this.edits = new EventEdits(store, editor, proposals, this::eventPage);
    this.programme = new ProgrammeRoutes(store, proposals);
    this.schedules = new ScheduleRoutes(store, gate, newSecret);
  }

  public void register(RoutesConfig routes) {
    routes.get("/organise", this::home);
    routes.post(
        "/organise/events",
        organiser(
            edits.createEvent(
                (ctx, failed) -> EventsPage.render(store.events(), new Forms(failed)))));
    routes.get(
        "/organise/events/{event}",
        organiser(
            ctx ->
                event(ctx)
                    .ifPresent(event -> HtmlResponse.sendWithForms(ctx, eventPage(ctx, null)))));
    edits.register(
        (path, handler) ->
            routes.post(
                path,
                organiser(
                    ctx -> {
                      if (event(ctx).isPresent()) {
                        handler.handle(ctx);
                      }
                    })));
    programme.register((path, handler) -> routes.post(path, sameOrigin(handler)), routes);
    schedules.register(routes);
  }

  /**
   * The link with the key logs in and then drops the key from the address; else the list of events.
   */
  private void home(Context ctx) {
    String key = ctx.queryParam("key");
    if (key != null && gate.logIn(ctx, key)) {
      ctx.redirect("/organise", HttpStatus.SEE_OTHER);
    } else if (key == null && gate.admits(ctx)) {
      HtmlResponse.sendWithForms(ctx, EventsPage.render(store.events(), Forms.NONE));
    } else {
      ctx.status(403);
      HtmlResponse.sendWithForms(ctx, DeniedPage.render());
    }
  }

  private Handler organiser(Handler handler) {
    return sameOrigin(
        ctx -> {
          if (gate.admits(ctx)) {
            handler.handle(ctx);
          } else {
            ctx.status(403);
            HtmlResponse.sendWithForms(ctx, DeniedPage.render());
          }
        });
  }

  private static Handler sameOrigin(Handler handler) {
    return ctx -> {
      if (OrganiserGate.sameOrigin(ctx)) {
        handler.handle(ctx);
      } else {
        ctx.status(403)
            .contentType("text/plain; charset=utf-8")
            .result("This form was sent from another site's page: refused.");
      }
    };
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
