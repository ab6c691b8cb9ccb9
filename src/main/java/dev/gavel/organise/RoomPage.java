package dev.gavel.organise;

import dev.gavel.html.Forms;
import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.programme.Programme;
import dev.gavel.programme.RoomClashes;
import dev.gavel.programme.RoomInfo;
import dev.gavel.route.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One room of a big event in full: all its days when they fit on a page, else one day. */
final class RoomPage {

  private RoomPage() {}

  /**
   * @param day the day shown, as {@link Pages#dayShown} chose it; null for every day
   */
  static String render(
      Programme event, Programme.Room room, Optional<RoomInfo> info, String day, Forms forms) {
    List<String> days = Pages.days(room, event.timeZone());
    Markup body = new Markup();
    if (days.size() > 1) {
      body.add("<nav class=\"days card\" aria-label=\"Days\"><span class=\"muted\">Days:</span>");
      if (Pages.topics(room) <= Pages.TOPICS) {
        body.add(day(event, room, null, "Every day", day == null));
      }
      for (String each : days) {
        body.add(day(event, room, each, Pages.label(each), each.equals(day)));
      }
      body.add("</nav>");
    }
    List<RoomClashes.Clash> clashes =
        RoomClashes.in(
                new Programme(
                    event.slug(),
                    event.title(),
                    event.slideLimit(),
                    event.timeZone(),
                    event.published(),
                    List.of(room),
                    List.of()))
            .stream()
            .filter(clash -> day == null || day.equals(dayOf(clash, event)))
            .toList();
    if (!clashes.isEmpty()) {
      body.add("<section class=\"card\"><h2>Topics at one time in this room</h2>")
          .add(RoomClashList.render(event, clashes, false, "room-clashes"))
          .add("</section>");
    }
    body.add(
        RoomSection.render(event, room, info, Pages.layout(room, day, event.timeZone()), forms));
    List<Layout.Link> links = new ArrayList<>();
    links.add(new Layout.Link(Routes.EVENT.path(event.slug()), "The event"));
    links.add(new Layout.Link(Routes.EVENT.path(event.slug()) + "#rooms", "All rooms"));
    String title = room.name() + (day == null ? "" : " · " + Pages.label(day));
    return Layout.site(
        title,
        event.title(),
        Layout.nav(links),
        forms.failed(),
        body,
        Routes.asset("organise/reorder.js"));
  }

  private static String dayOf(RoomClashes.Clash clash, Programme event) {
    return clash.second().start().atZoneSameInstant(event.timeZone()).toLocalDate().toString();
  }

  private static Markup day(
      Programme event, Programme.Room room, String day, String label, boolean current) {
    return current
        ? Markup.of(" <strong aria-current=\"page\">{}</strong>", label)
        : Markup.of(
            " <a href=\"{}\">{}</a>", new Pages.InRoom(room.slug(), day).path(event.slug()), label);
  }
}
