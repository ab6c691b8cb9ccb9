package dev.gavel.programme.exchange;

import java.util.Locale;
import java.util.Optional;

/** The schedule formats Gavel imports; each names the media type it arrives as. */
public enum ScheduleFormat {
  /** The schedule.xml that frab and pretalx publish. */
  FRAB_XML,
  /** pretalx's schedule.json, or Gavel's own export (the same shape with a {@code gavel} member). */
  PRETALX_JSON,
  /** An iCalendar feed such as Indico's. */
  ICALENDAR,
  /** A spreadsheet saved as CSV. */
  CSV;

  /**
   * The format a Content-Type header names, its parameters (charset) ignored: {@code
   * application/xml} and {@code text/xml} are frab XML, {@code application/json} is pretalx JSON,
   * {@code text/calendar} is iCalendar, {@code text/csv} is CSV.
   */
  public static Optional<ScheduleFormat> ofContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (mediaType) {
      case "application/xml", "text/xml" -> Optional.of(FRAB_XML);
      case "application/json" -> Optional.of(PRETALX_JSON);
      case "text/calendar" -> Optional.of(ICALENDAR);
      case "text/csv" -> Optional.of(CSV);
      default -> Optional.empty();
    };
  }
}
