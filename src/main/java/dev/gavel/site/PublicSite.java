package dev.gavel.site;

import dev.gavel.access.RateLimit;
import dev.gavel.html.Checked;
import dev.gavel.html.Forms;
import dev.gavel.http.Device;
import dev.gavel.http.FormPost;
import dev.gavel.http.HtmlResponse;
import dev.gavel.http.RoomVisibility;
import dev.gavel.http.RouteOwner;
import dev.gavel.http.SenderLimit;
import dev.gavel.programme.Programme;
import dev.gavel.route.Route;
import dev.gavel.route.Routes;
import dev.gavel.runtime.OpenRooms;
import dev.gavel.store.ProgrammeStore;
import dev.gavel.store.Proposals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The public site, for anybody: an event's published programme with "I'll be there", proposing a
 * topic for a session, and what each session did (see {@link SessionDocuments}). Nothing of an
 * unpublished event's programme is shown or accepted; every POST must come from this server's own
 * pages.
 */
public final class PublicSite implements RouteOwner {

  /** A person signs up for a few sessions in a row; a room behind one address, for many. */
  static final RateLimit.Rule SIGN_UPS_PER_DEVICE = new RateLimit.Rule(10, Duration.ofMinutes(1));

  static final RateLimit.Rule SIGN_UPS_PER_ADDRESS = new RateLimit.Rule(30, Duration.ofMinutes(1));

  /** A proposal takes a while to write: a few in ten minutes is plenty for anybody. */
  static final RateLimit.Rule PROPOSALS_PER_DEVICE = new RateLimit.Rule(5, Duration.ofMinutes(10));

  static final RateLimit.Rule PROPOSALS_PER_ADDRESS =
      new RateLimit.Rule(20, Duration.ofMinutes(10));

  private final ProgrammeStore store;
  private final Proposals proposals;
  private final SessionLookup lookup;
  private final SessionDocuments documents;
  private final Device devices;
  private final SenderLimit signUps;
  private final SenderLimit proposing;
  private final OpenRooms rooms;

  public PublicSite(
      OpenRooms rooms,
      ProgrammeStore store,
      Proposals proposals,
      RoomVisibility visibility,
      Device devices,
      Clock clock,
      Rendering rendering) {
    this.rooms = rooms;
    this.store = store;
    this.proposals = proposals;
    this.lookup = new SessionLookup(rooms, store, visibility);
    this.documents = new SessionDocuments(lookup, clock, rendering);
    this.devices = devices;
    this.signUps =
        new SenderLimit(
            SIGN_UPS_PER_DEVICE, SIGN_UPS_PER_ADDRESS, clock, "Too many sign-ups from here");
    this.proposing =
        new SenderLimit(
            PROPOSALS_PER_DEVICE, PROPOSALS_PER_ADDRESS, clock, "Too many proposals from here");
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(
        Routes.PROGRAMME.pattern(),
        ctx ->
            published(ctx, ctx.pathParam("event"))
                .ifPresent(
                    event -> {
                      devices.id(ctx);
                      HtmlResponse.sendWithForms(
                          ctx,
                          ProgrammePage.render(
                              event, joined(ctx, event), rooms.sessionsOver(), Forms.NONE));
                    }));
    routes.post(Routes.ATTEND.pattern(), FormPost.fromOurPages(this::attend));
    routes.get(
        Routes.PROPOSE.pattern(),
        sessionPage(found -> ProposePage.form(found.event(), found.session(), Forms.NONE)));
    routes.post(Routes.PROPOSE.pattern(), FormPost.fromOurPages(this::propose));
    routes.get(
        Routes.PROPOSED.pattern(),
        sessionPage(found -> ProposePage.thanks(found.event(), found.session())));
    documents.register(routes);
  }

  /** A page about a published event's session; any other session is a 404 page. */
  private Handler sessionPage(Function<SessionLookup.Published, String> render) {
    return ctx ->
        lookup
            .published(ctx)
            .ifPresent(
                found -> {
                  devices.id(ctx);
                  HtmlResponse.sendWithForms(ctx, render.apply(found));
                });
  }

  private void attend(Context ctx) {
    lookup
        .published(ctx)
        .ifPresent(
            found ->
                limited(
                    ctx,
                    signUps,
                    "attend-" + found.session().id(),
                    SignUpForm::check,
                    (c, form) -> {
                      proposals.signUp(found.session().id(), form.name(), form.area());
                      return Routes.PROGRAMME.path(found.event().slug())
                          + "?joined="
                          + found.session().id()
                          + "#joined";
                    },
                    (c, failed) ->
                        ProgrammePage.render(
                            found.event(), null, rooms.sessionsOver(), new Forms(failed))));
  }

  private void propose(Context ctx) {
    lookup
        .published(ctx)
        .ifPresent(
            found ->
                limited(
                    ctx,
                    proposing,
                    "propose",
                    ProposalForm::check,
                    (c, form) -> {
                      proposals.propose(
                          found.session().id(),
                          form.title(),
                          form.presenters(),
                          form.abstractText(),
                          form.category());
                      return Routes.PROPOSED.path(found.session().id());
                    },
                    (c, failed) ->
                        ProposePage.form(found.event(), found.session(), new Forms(failed))));
  }

  /**
   * A public form's POST, once its sender has a go left (see {@link SenderLimit}); else the page
   * again with status 429 and when to try again, and nothing changed.
   */
  private <T> void limited(
      Context ctx,
      SenderLimit limit,
      String formId,
      Function<Map<String, String>, Checked<T>> check,
      FormPost.Change<T> change,
      FormPost.Page page) {
    devices.id(ctx);
    Optional<String> refused = limit.take(ctx);
    if (refused.isPresent()) {
      FormPost.refuse(ctx, 429, formId, refused.get(), page);
    } else {
      FormPost.submit(ctx, formId, check, change, page);
    }
  }

  /** The session whose "I'll be there" brought the attendee back here, if any. */
  private static Programme.Session joined(Context ctx, Programme event) {
    return Route.id(ctx.queryParam("joined")).stream()
        .boxed()
        .findFirst()
        .flatMap(event::session)
        .orElse(null);
  }

  private Optional<Programme> published(Context ctx, String slug) {
    Optional<Programme> event = store.programme(slug).filter(Programme::published);
    if (event.isEmpty()) {
      HtmlResponse.notFound(
          ctx,
          "Not published yet",
          "This event's programme is not published yet. Come back later.");
    }
    return event;
  }
}
