package dev.gavel.organise;

import dev.gavel.html.Forms;
import dev.gavel.http.FormPost;
import dev.gavel.http.HtmlResponse;
import dev.gavel.programme.Programme;
import dev.gavel.store.ProgrammeStore;
import dev.gavel.store.Proposals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The public side of the programme, for anybody: the published programme, "I'll be there", and
 * proposing a topic for a session. Nothing of an unpublished event is shown or accepted.
 */
final class ProgrammeRoutes {

  private final ProgrammeStore store;
  private final Proposals proposals;

  /** A published event's session, found from the session's id in the address. */
  private record Found(Programme event, Programme.Session session) {}

  ProgrammeRoutes(ProgrammeStore store, Proposals proposals) {
    this.store = store;
    this.proposals = proposals;
  }

  void register(BiConsumer<String, Handler> post, RoutesConfig routes) {
    routes.get(
        "/events/{event}",
        ctx ->
            published(ctx, ctx.pathParam("event"))
                .ifPresent(
                    event ->
                        HtmlResponse.sendWithForms(
                            ctx, ProgrammePage.render(event, joined(ctx, event), Forms.NONE))));
    post.accept(
        "/sessions/{id}/attend",
        ctx ->
            found(ctx)
                .ifPresent(
                    found ->
                        FormPost.submit(
                            ctx,
                            "attend-" + found.session().id(),
                            SignUpForm::check,
                            (c, form) -> {
                              proposals.signUp(found.session().id(), form.name(), form.area());
                              return "/events/"
                                  + found.event().slug()
                                  + "?joined="
                                  + found.session().id()
                                  + "#joined";
                            },
                            (c, failed) ->
                                ProgrammePage.render(found.event(), null, new Forms(failed)))));
    routes.get(
        "/sessions/{id}/propose",
        ctx ->
            found(ctx)
                .ifPresent(
                    found ->
                        HtmlResponse.sendWithForms(
                            ctx, ProposePage.form(found.event(), found.session(), Forms.NONE))));
    post.accept(
        "/sessions/{id}/propose",
        ctx ->
            found(ctx)
                .ifPresent(
                    found ->
                        FormPost.submit(
                            ctx,
                            "propose",
                            ProposalForm::check,
                            (c, form) -> {
                              proposals.propose(
                                  found.session().id(),
                                  form.title(),
                                  form.presenters(),
                                  form.abstractText(),
                                  form.category());
                              return "/sessions/" + found.session().id() + "/proposed";
                            },
                            (c, failed) ->
                                ProposePage.form(
                                    found.event(), found.session(), new Forms(failed)))));
    routes.get(
        "/sessions/{id}/proposed",
        ctx ->
            found(ctx)
                .ifPresent(
                    found ->
                        HtmlResponse.sendWithForms(
                            ctx, ProposePage.thanks(found.event(), found.session()))));
  }

  /** The session whose "I'll be there" brought the attendee back here, if any. */
  private static Programme.Session joined(Context ctx, Programme event) {
    String id = ctx.queryParam("joined");
    return id == null || !id.matches("\\d{1,18}")
        ? null
        : event.session(Long.parseLong(id)).orElse(null);
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

  private Optional<Found> found(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<Found> found = Optional.empty();
    if (id.matches("[1-9]\\d{0,17}")) {
      long session = Long.parseLong(id);
      found =
          store
              .eventOfSession(session)
              .flatMap(store::programme)
              .filter(Programme::published)
              .flatMap(event -> event.session(session).map(s -> new Found(event, s)));
    }
    if (found.isEmpty()) {
      HtmlResponse.notFound(
          ctx, "No such session", "There is no published session " + id + " on this server.");
    }
    return found;
  }
}
