package dev.gavel.organise;

import dev.gavel.html.TimeWords;
import dev.gavel.programme.Clashes;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A clash in plain words: "IPv6: 'X' in Room A and 'Y' in Room B overlap 09:30–09:45". */
final class ClashWords {

  private ClashWords() {}

  static String of(Clashes.Clash clash, ZoneId zone) {
    Clashes.Slot first = clash.first();
    Clashes.Slot second = clash.second();
    OffsetDateTime from = later(first.start(), second.start());
    OffsetDateTime to = first.end().isBefore(second.end()) ? first.end() : second.end();
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
        + TimeWords.clock(from, zone)
        + "–"
        + TimeWords.clock(to, zone);
  }

  private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}
