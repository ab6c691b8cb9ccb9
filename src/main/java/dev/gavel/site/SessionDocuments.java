package dev.gavel.site;

import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.http.HtmlResponse;
import dev.gavel.notes.LogPage;
import dev.gavel.notes.NotesHtml;
import dev.gavel.notes.ReportPage;
import dev.gavel.notes.ReportSvg;
import dev.gavel.notes.SessionDocument;
import dev.gavel.route.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.BiFunction;

/**
 * What a session did, for anybody, as pages: its notes, its log, its report and the report's
 * timeline. All of them are read from the room's log, so they always agree with what the room saw.
 */
final class SessionDocuments {

  private static final Markup STYLESHEET = Layout.stylesheet(Routes.asset("notes/notes.css"));

  private final SessionLookup lookup;
  private final Clock clock;

  SessionDocuments(SessionLookup lookup, Clock clock) {
    this.lookup = lookup;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    page(routes, Routes.NOTES.pattern(), (doc, id) -> NotesHtml.page(doc, id, STYLESHEET, true));
    page(routes, Routes.LOG.pattern(), (doc, id) -> LogPage.render(doc, id, STYLESHEET));
    page(routes, Routes.REPORT.pattern(), (doc, id) -> ReportPage.render(doc, id, STYLESHEET));
    routes.get(
        Routes.REPORT_SVG.pattern(),
        ctx ->
            lookup
                .inRoom(ctx)
                .ifPresent(
                    found ->
                        ctx.contentType("image/svg+xml")
                            .result(ReportSvg.render(SessionDocument.read(found, clock)))));
  }

  private void page(
      RoutesConfig routes, String pattern, BiFunction<SessionDocument, Long, String> render) {
    routes.get(pattern, ctx -> render(ctx, render));
  }

  private void render(Context ctx, BiFunction<SessionDocument, Long, String> render) {
    lookup
        .inRoom(ctx)
        .ifPresent(
            found ->
                HtmlResponse.send(
                    ctx,
                    render.apply(
                        SessionDocument.read(found, clock), found.session().id().value())));
  }
}
