package dev.gavel.site;

import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.http.HtmlResponse;
import dev.gavel.notes.LogPage;
import dev.gavel.notes.NotesHtml;
import dev.gavel.notes.ReportPage;
import dev.gavel.notes.ReportSvg;
import dev.gavel.notes.SessionDocument;
import dev.gavel.notes.SessionHistory;
import dev.gavel.room.LoggedEvent;
import dev.gavel.route.Routes;
import dev.gavel.runtime.OpenRooms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What a session did, for anybody, as pages: its notes, its log, its report and the report's
 * timeline. All of them are read from the room's log, so they always agree with what the room saw.
 * Each is rendered once for each change of what it is made from and served as bytes until the next
 * (see {@link RenderedPages}), with an ETag a browser may ask again with; renders take turns so
 * that readers cannot take every core from the rooms (see {@link Rendering}).
 */
final class SessionDocuments {

  private static final Markup STYLESHEET = Layout.stylesheet(Routes.asset("notes/notes.css"));

  /** A few hundred sessions' pages: the busy ones stay, the rest are rendered again when read. */
  private static final long KEPT_BYTES = 32L * 1024 * 1024;

  private static final String HTML = "text/html; charset=utf-8";
  private static final String SVG = "image/svg+xml";

  private final SessionLookup lookup;
  private final Clock clock;
  private final Rendering rendering;
  private final RenderTurns turns;
  private final RenderedPages rendered = new RenderedPages(KEPT_BYTES);

  SessionDocuments(SessionLookup lookup, Clock clock, Rendering rendering) {
    this.lookup = lookup;
    this.clock = clock;
    this.rendering = rendering;
    this.turns = new RenderTurns(rendering);
  }

  void register(RoutesConfig routes) {
    page(
        routes,
        Routes.NOTES.pattern(),
        HTML,
        (doc, id) -> NotesHtml.page(doc, id, STYLESHEET, true));
    page(routes, Routes.LOG.pattern(), HTML, (doc, id) -> LogPage.render(doc, id, STYLESHEET));
    page(
        routes, Routes.REPORT.pattern(), HTML, (doc, id) -> ReportPage.render(doc, id, STYLESHEET));
    page(routes, Routes.REPORT_SVG.pattern(), SVG, (doc, id) -> ReportSvg.render(doc));
  }

  private void page(
      RoutesConfig routes,
      String pattern,
      String type,
      BiFunction<SessionDocument, Long, String> render) {
    routes.get(
        pattern,
        ctx -> {
          Optional<OpenRooms.SessionInRoom> found = lookup.inRoom(ctx);
          if (found.isPresent()) {
            serve(ctx, pattern, type, found.get(), render);
          }
        });
  }

  private void serve(
      Context ctx,
      String pattern,
      String type,
      OpenRooms.SessionInRoom found,
      BiFunction<SessionDocument, Long, String> render)
      throws InterruptedException {
    List<LoggedEvent> log = found.room().service().loggedEvents();
    RenderedPages.Key key =
        new RenderedPages.Key(
            pattern,
            found.room().info().slug().value(),
            log.size(),
            log.isEmpty() ? 0 : log.getLast().seq(),
            found.session(),
            found.room().info().eventTitle(),
            found.room().info().name());
    Optional<RenderedPages.Page> page = rendered.find(key, clock.instant());
    if (page.isEmpty()) {
      // Whoever waited for a turn may find the page rendered by the one before.
      page =
          turns.inTurn(
              () ->
                  rendered
                      .find(key, clock.instant())
                      .orElseGet(() -> render(key, found, log, render)));
    }
    if (page.isEmpty()) {
      HtmlResponse.busy(ctx, "This page is much asked for right now. It will be back in a moment.");
      return;
    }
    HtmlResponse.sendRendered(ctx, type, page.get().body(), page.get().etag());
  }

  private RenderedPages.Page render(
      RenderedPages.Key key,
      OpenRooms.SessionInRoom found,
      List<LoggedEvent> log,
      BiFunction<SessionDocument, Long, String> render) {
    rendering.beforeEach().run();
    Instant now = clock.instant();
    SessionDocument document = SessionDocument.of(found, log, now, clock.getZone());
    RenderedPages.Page page =
        RenderedPages.Page.of(
            render.apply(document, found.session().id().value()), live(document), now);
    rendered.keep(key, page);
    return page;
  }

  /** A page shows the time now while a topic runs, and a timeline from now before any has. */
  private static boolean live(SessionDocument document) {
    List<SessionHistory.TopicRun> runs = document.history().runs();
    return runs.isEmpty() || runs.stream().anyMatch(SessionHistory.TopicRun::isRunning);
  }
}
