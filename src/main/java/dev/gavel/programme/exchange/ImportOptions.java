package dev.gavel.programme.exchange;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the person importing says about the event; each field overrides what the file says, or
 * supplies what it lacks. The first three may be null.
 *
 * @param eventSlug the event's slug ({@code ?event=<slug>})
 * @param eventTitle the event's title
 * @param timeZone where the event happens ({@code ?timeZone=}); wins over everything else
 * @param storedZone the zone of an event already stored under a slug: a re-import keeps it
 */
public record ImportOptions(
    String eventSlug,
    String eventTitle,
    ZoneId timeZone,
    Function<String, Optional<ZoneId>> storedZone) {

  public ImportOptions {
    storedZone = storedZone == null ? slug -> Optional.empty() : storedZone;
  }

  /** Options for an event that is not stored yet. */
  public ImportOptions(String eventSlug, String eventTitle, ZoneId timeZone) {
    this(eventSlug, eventTitle, timeZone, null);
  }

  public static ImportOptions none() {
    return new ImportOptions(null, null, null, null);
  }
}
