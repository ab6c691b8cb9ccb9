package dev.gavel.organise;

import dev.gavel.html.Markup;
import dev.gavel.programme.Programme;
import dev.gavel.programme.RoomClashes;
import java.time.ZoneId;
import java.util.List;

/**
 * Topics planned at one time in one room, in plain words, each title a link to where it is edited:
 * "Saal 1, Sat 27 Dec, 11:10–11:25: “Hands-on lab” (11:10–11:40) and “Opening” (11:00–11:25) are
 * both planned then".
 */
final class RoomClashList {

  /** The most clashes one list names; the rest are counted. */
  static final int SHOWN = 50;

  private RoomClashList() {}

  /**
   * @param withRoom whether each line names its room (the event's list) or not (a room's own)
   */
  static Markup render(
      Programme event, List<RoomClashes.Clash> clashes, boolean withRoom, String id) {
    if (clashes.isEmpty()) {
      return Markup.of(
          "<p class=\"ok-text\" id=\"{}\">No two topics at one time in a room.</p>", id);
    }
    ZoneId zone = event.timeZone();
    Markup list =
        Markup.of(
            "<p class=\"warn-text\">{} {} at one time in one room. Each stays where it is until you"
                + " move one of them.</p><ul class=\"clashes\" id=\"{}\">",
            clashes.size(),
            clashes.size() == 1 ? "pair of topics is planned" : "pairs of topics are planned",
            id);
    for (RoomClashes.Clash clash : clashes.subList(0, Math.min(SHOWN, clashes.size()))) {
      list.add(
          "<li>{}{}: {} and {} are both planned then</li>",
          withRoom ? clash.room().name() + ", " : "",
          ClashWords.when(clash, zone),
          topic(event, clash.first(), zone),
          topic(event, clash.second(), zone));
    }
    list.add("</ul>");
    if (clashes.size() > SHOWN) {
      list.add(
          "<p class=\"muted\">…and {} more; each room's page lists its own.</p>",
          clashes.size() - SHOWN);
    }
    return list;
  }

  private static Markup topic(Programme event, RoomClashes.Slot slot, ZoneId zone) {
    String anchor = "topic-" + slot.topicId();
    return Markup.of(
        "<a href=\"{}#{}\">“{}”</a> ({})",
        Pages.of(event, anchor).path(event.slug()),
        anchor,
        slot.title(),
        ClashWords.span(slot, zone));
  }
}
