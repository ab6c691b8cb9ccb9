package dev.gavel.organise;

import dev.gavel.html.Forms;
import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.programme.Programme;
import dev.gavel.route.Routes;
import java.util.List;

/** A session too big for its room's page, {@link Pages#TOPICS} topics at a time. */
final class SessionPage {

  private SessionPage() {}

  /**
   * @param part 1 for the first topics; one past the last part shows the last
   */
  static String render(
      Programme event, Programme.Room room, Programme.Session session, int part, Forms forms) {
    int parts = Math.max(1, (session.topics().size() + Pages.TOPICS - 1) / Pages.TOPICS);
    int from = (Math.min(Math.max(part, 1), parts) - 1) * Pages.TOPICS;
    Markup body = SessionSection.render(event, session, from, forms);
    Markup nav =
        Layout.nav(
            List.of(
                new Layout.Link(Routes.EVENT.path(event.slug()), "The event"),
                new Layout.Link(
                    new Pages.InRoom(room.slug(), Pages.day(session, event.timeZone()))
                            .path(event.slug())
                        + "#session-"
                        + session.id(),
                    room.name())));
    return Layout.site(
        session.title(),
        event.title() + " · " + room.name(),
        nav,
        forms.failed(),
        Markup.of("<section class=\"card room\">{}</section>", body),
        Routes.asset("organise/reorder.js"));
  }
}
