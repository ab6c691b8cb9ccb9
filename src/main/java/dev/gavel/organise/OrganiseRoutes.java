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
import java.util.OptionalLong;

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
                (ctx, failed) ->
                    EventsPage.render(
                        store.events(), store.unfinishedImports(), new Forms(failed)))));
    routes.get(Routes.EVENT.pattern(), organiser(this::eventOrWhereItShows));
    routes.get(Routes.ORGANISE_ROOM.pattern(), organiser(ctx -> page(ctx, null)));
    routes.get(Routes.ORGANISE_SESSION.pattern(), organiser(ctx -> page(ctx, null)));
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
      HtmlResponse.sendWithForms(
          ctx, EventsPage.render(store.events(), store.unfinishedImports(), Forms.NONE));
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

  /**
   * The event's page; with {@code ?show=topic-12} (where a change comes back to) the page that
   * shows that thing in full, which for a big event is its room's or its session's.
   */
  private void eventOrWhereItShows(Context ctx) {
    Optional<Programme> event = event(ctx);
    if (event.isEmpty()) {
      return;
    }
    String show = ctx.queryParam("show");
    if (show != null) {
      Pages.Place place = Pages.of(event.get(), EditAddress.anchor(show));
      if (!(place instanceof Pages.Whole)) {
        ctx.redirect(
            place.path(event.get().slug()) + "#" + EditAddress.anchor(show), HttpStatus.SEE_OTHER);
        return;
      }
    }
    HtmlResponse.sendWithForms(ctx, eventPage(ctx, null));
  }

  /** A room's or a session's page, or a 404 page when the event has no such thing. */
  private void page(Context ctx, FormState failed) {
    if (event(ctx).isPresent()) {
      String page = eventPage(ctx, failed);
      if (page != null) {
        HtmlResponse.sendWithForms(ctx, page);
      }
    }
  }

  /**
   * The page of the address (the event's, a room's, a session's); after a refused form, the page
   * that holds that form, so its messages show beside its fields. Null, with a 404 page sent, when
   * the address names a room or session the event does not have.
   */
  private String eventPage(Context ctx, FormState failed) {
    Programme event = event(ctx).orElseThrow();
    Forms forms = new Forms(failed);
    Pages.Place place =
        failed != null ? Pages.of(event, anchorOf(ctx, failed)) : addressed(ctx, event);
    if (place == null) {
      HtmlResponse.notFound(ctx, "Not in this event", "The event has nothing at this address.");
      return null;
    }
    return switch (place) {
      case Pages.Whole whole ->
          EventPage.render(
              event,
              store.rooms(),
              proposals.of(event.slug()),
              store.unfinishedImports().stream()
                  .filter(run -> run.event().equals(event.slug()))
                  .toList(),
              forms);
      case Pages.InRoom in -> {
        Programme.Room room = room(event, in.room()).orElseThrow();
        yield RoomPage.render(
            event,
            room,
            EventOverview.info(store.rooms(), room),
            Pages.dayShown(room, in.day(), event.timeZone()),
            forms);
      }
      case Pages.InSession in -> {
        Programme.Room room =
            event.rooms().stream()
                .filter(r -> r.sessions().stream().anyMatch(s -> s.id() == in.session()))
                .findFirst()
                .orElseThrow();
        yield SessionPage.render(
            event, room, event.session(in.session()).orElseThrow(), in.part(), forms);
      }
    };
  }

  /** The page the address names, or null for a room or session the event does not have. */
  private static Pages.Place addressed(Context ctx, Programme event) {
    if (ctx.pathParamMap().containsKey("room")) {
      String slug = ctx.pathParam("room");
      return room(event, slug).isPresent() ? new Pages.InRoom(slug, ctx.queryParam("day")) : null;
    }
    if (ctx.pathParamMap().containsKey("id")) {
      OptionalLong id = Route.id(ctx.pathParam("id"));
      if (id.isEmpty() || event.session(id.getAsLong()).isEmpty()) {
        return null;
      }
      String part = ctx.queryParam("part");
      return new Pages.InSession(
          id.getAsLong(),
          part != null && part.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(part) : 1);
    }
    return new Pages.Whole();
  }

  /** What a refused form is about: the section it came back to, else what its id names. */
  private static String anchorOf(Context ctx, FormState failed) {
    String back = ctx.formParam("back");
    return back != null ? EditAddress.anchor(back) : Pages.anchorOfForm(failed.id());
  }

  private static Optional<Programme.Room> room(Programme event, String slug) {
    return event.rooms().stream().filter(room -> room.slug().equals(slug)).findFirst();
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
