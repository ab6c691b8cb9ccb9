package dev.gavel.programme.exchange;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A start as a file gives it, before the event's zone is known: a wall-clock time, with the offset
 * the file gives or, for a floating time (a spreadsheet's, an old pentabarf day and hour), none.
 *
 * @param offset null for a floating time, which is read in the event's zone
 * @param clock the time of day the file shows beside an instant, as frab's {@code <start>} does
 *     beside a {@code <date>} it writes in UTC; null when it shows none
 */
record When(LocalDateTime local, ZoneOffset offset, LocalTime clock) {

  static When of(OffsetDateTime time) {
    return new When(time.toLocalDateTime(), time.getOffset(), null);
  }

  static When floating(LocalDateTime local) {
    return new When(local, null, null);
  }

  /** The same start, with the time of day the file shows for it beside the instant. */
  When showing(LocalTime clock) {
    return new When(local, offset, clock);
  }

  /** The instant, shown with the offset the event's zone has then. */
  OffsetDateTime in(ZoneId zone) {
    return offset == null
        ? local.atZone(zone).toOffsetDateTime()
        : local.atOffset(offset).atZoneSameInstant(zone).toOffsetDateTime();
  }

  /**
   * Whether the zone shows this start as the file does: at the time of day the file shows, else at
   * the offset it gives. A floating time agrees with every zone.
   */
  boolean agreesWith(ZoneId zone) {
    if (offset == null) {
      return true;
    }
    OffsetDateTime there = in(zone);
    return clock == null
        ? there.getOffset().equals(offset)
        : there.toLocalTime().truncatedTo(ChronoUnit.MINUTES).equals(clock);
  }

  /**
   * "2026-09-18 12:30", as the file has it: how an item is pointed at in a report. Where the file
   * shows a time of day beside an instant, that time, on the day it falls on there.
   */
  String shown() {
    if (clock == null || offset == null) {
      return local.toLocalDate() + " " + local.toLocalTime().toString().substring(0, 5);
    }
    // the clock is within twelve hours of the instant's own time (offsets of +13:00 and +14:00
    // read as a day earlier: no schedule that shows a clock is known to be there)
    long minutes = Duration.between(local.toLocalTime(), clock).toMinutes();
    long ahead = Math.floorMod(minutes + 12 * 60, 24 * 60) - 12 * 60;
    LocalDateTime there = local.plusMinutes(ahead);
    return there.toLocalDate() + " " + clock.toString().substring(0, 5);
  }
}
