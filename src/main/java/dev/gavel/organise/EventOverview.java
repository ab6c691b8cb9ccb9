package dev.gavel.organise;

import dev.gavel.html.Markup;
import dev.gavel.programme.Programme;
import dev.gavel.programme.RoomClashes;
import dev.gavel.programme.RoomInfo;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The event at a glance: each room with its links for the day, how many topics it has each day
 * (each a link to that room's day), and its clashes; then the clashes in plain words.
 */
final class EventOverview {

  private EventOverview() {}

  static Markup render(Programme event, List<RoomInfo> infos, List<RoomClashes.Clash> clashes) {
    ZoneId zone = event.timeZone();
    List<String> days = days(event);
    Map<String, Integer> clashesByRoom = new HashMap<>();
    clashes.forEach(clash -> clashesByRoom.merge(clash.room().slug(), 1, Integer::sum));
    Markup out =
        Markup.of(
            "<section class=\"card\" id=\"rooms\"><h2>Rooms</h2><p class=\"muted\">{} {}, {}"
                + " {}.{}</p>",
            event.rooms().size(),
            event.rooms().size() == 1 ? "room" : "rooms",
            Pages.topics(event.rooms()),
            Pages.topics(event.rooms()) == 1 ? "topic" : "topics",
            Pages.whole(event) ? "" : " Open a room, or one of its days, to edit its sessions.");
    if (event.rooms().isEmpty()) {
      return out.add("<p class=\"muted\">No rooms yet: add the first one below.</p></section>\n");
    }
    out.add("<div class=\"table-wrap\"><table class=\"overview\"><thead><tr><th>Room</th>");
    for (String day : days) {
      out.add("<th>{}</th>", Pages.label(day));
    }
    out.add("<th>Clashes</th><th>For the day</th></tr></thead><tbody>");
    for (Programme.Room room : event.rooms()) {
      Map<String, Integer> perDay = new HashMap<>();
      room.sessions()
          .forEach(s -> perDay.merge(Pages.day(s, zone), s.topics().size(), Integer::sum));
      out.add(
          "<tr id=\"overview-{}\"><th scope=\"row\"><a href=\"{}\">{}</a><br><span"
              + " class=\"muted small\">{} {}</span></th>",
          room.slug(),
          Pages.of(event, "room-" + room.slug()).path(event.slug()) + "#room-" + room.slug(),
          room.name(),
          Pages.topics(room),
          Pages.topics(room) == 1 ? "topic" : "topics");
      for (String day : days) {
        Integer count = perDay.get(day);
        out.add(
            count == null
                ? Markup.of("<td class=\"muted\">–</td>")
                : Markup.of(
                    "<td><a href=\"{}\" aria-label=\"{}, {}: {} {}\">{}</a></td>",
                    new Pages.InRoom(room.slug(), day).path(event.slug()),
                    room.name(),
                    Pages.label(day),
                    count,
                    count == 1 ? "topic" : "topics",
                    count));
      }
      int clashCount = clashesByRoom.getOrDefault(room.slug(), 0);
      out.add(
          clashCount == 0
              ? Markup.of("<td class=\"ok-text\">none</td>")
              : Markup.of(
                  "<td class=\"warn-text\"><a href=\"#room-clashes\">{}</a></td>", clashCount));
      out.add("<td>{}</td></tr>", RoomSection.links(room.slug(), info(infos, room)));
    }
    out.add("</tbody></table></div><h3>Topics at one time in one room</h3>")
        .add(RoomClashList.render(event, clashes, true, "room-clashes"));
    return out.add("</section>\n");
  }

  static Optional<RoomInfo> info(List<RoomInfo> infos, Programme.Room room) {
    return infos.stream().filter(r -> r.slug().value().equals(room.slug())).findFirst();
  }

  /** Every day of the event's rooms, in order, the unscheduled sessions last. */
  private static List<String> days(Programme event) {
    TreeSet<String> dates = new TreeSet<>();
    boolean unscheduled = false;
    for (Programme.Room room : event.rooms()) {
      for (String day : Pages.days(room, event.timeZone())) {
        if (day.equals(Pages.UNSCHEDULED)) {
          unscheduled = true;
        } else {
          dates.add(day);
        }
      }
    }
    List<String> days = new ArrayList<>(dates);
    if (unscheduled) {
      days.add(Pages.UNSCHEDULED);
    }
    return days;
  }
}
