package dev.gavel.organise;

import dev.gavel.html.TimeWords;
import dev.gavel.programme.Clashes;
import dev.gavel.programme.RoomClashes;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A clash in plain words: "IPv6: 'X' in Room A and 'Y' in Room B overlap 09:30–09:45". */
final class ClashWords {

  private ClashWords() {}

  static String of(Clashes.Clash clash, ZoneId zone) {
    Clashes.Slot first = clash.first();
    Clashes.Slot second = clash.second();
    return clash.priority().name()
        + ": '"
        + first.topic()
        + "' in "
        + first.room()
        + " and '"
        + second.topic()
        + "' in "
        + second.room()
        + " overlap "
        + overlap(first.start(), first.end(), second.start(), second.end(), zone);
  }

  /** When two topics of one room are both planned: "Sat 27 Dec, 11:10–11:25". */
  static String when(RoomClashes.Clash clash, ZoneId zone) {
    RoomClashes.Slot first = clash.first();
    RoomClashes.Slot second = clash.second();
    OffsetDateTime from = later(first.start(), second.start());
    return Pages.label(from.atZoneSameInstant(zone).toLocalDate().toString())
        + ", "
        + overlap(first.start(), first.end(), second.start(), second.end(), zone);
  }

  /** A topic's own time: "11:00–11:30". */
  static String span(RoomClashes.Slot slot, ZoneId zone) {
    return TimeWords.clock(slot.start(), zone) + "–" + TimeWords.clock(slot.end(), zone);
  }

  private static String overlap(
      OffsetDateTime start1,
      OffsetDateTime end1,
      OffsetDateTime start2,
      OffsetDateTime end2,
      ZoneId zone) {
    OffsetDateTime from = later(start1, start2);
    OffsetDateTime to = end1.isBefore(end2) ? end1 : end2;
    return TimeWords.clock(from, zone) + "–" + TimeWords.clock(to, zone);
  }

  private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}
