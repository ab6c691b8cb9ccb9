package dev.gavel.programme.exchange;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A start as a file gives it, before the event's zone is known: a wall-clock time, with the offset
 * the file gives or, for a floating time (a spreadsheet's, an old pentabarf day and hour), none.
 *
 * @param offset null for a floating time, which is read in the event's zone
 */
record When(LocalDateTime local, ZoneOffset offset) {

  static When of(OffsetDateTime time) {
    return new When(time.toLocalDateTime(), time.getOffset());
  }

  static When floating(LocalDateTime local) {
    return new When(local, null);
  }

  /** The instant, shown with the offset the event's zone has then. */
  OffsetDateTime in(ZoneId zone) {
    return offset == null
        ? local.atZone(zone).toOffsetDateTime()
        : local.atOffset(offset).atZoneSameInstant(zone).toOffsetDateTime();
  }

  /** "2026-09-18 12:30", as the file has it: how an item is pointed at in a report. */
  String shown() {
    return local.toLocalDate() + " " + local.toLocalTime().toString().substring(0, 5);
  }
}
