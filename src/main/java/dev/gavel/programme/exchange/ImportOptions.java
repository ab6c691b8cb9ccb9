package dev.gavel.programme.exchange;

import java.time.ZoneId;

/**
 * What the person importing says about the event; each field overrides what the file says, or
 * supplies what it lacks. Every field may be null.
 *
 * @param eventSlug the event's slug ({@code ?event=<slug>})
 * @param eventTitle the event's title
 * @param timeZone where the event happens; also the zone of times the file gives without one
 */
public record ImportOptions(String eventSlug, String eventTitle, ZoneId timeZone) {

  public static ImportOptions none() {
    return new ImportOptions(null, null, null);
  }
}
