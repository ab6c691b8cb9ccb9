package dev.gavel.programme.exchange;

import java.util.Locale;

/**
 * Reads an uploaded schedule into an {@link dev.gavel.programme.EventPlan}. Pure: the caller stores
 * the plan.
 *
 * <p>How every format maps (each reader's Javadoc adds its own details):
 *
 * <ul>
 *   <li>Each event of the file (a frab {@code <event>}, a pretalx event, a VEVENT, a CSV row) is a
 *       topic: title; persons → presenters, in order; track → category; duration → budget; abstract
 *       (else description) → abstract; start → start, shown in the event's zone; key = frab/pretalx
 *       guid, else id; iCalendar UID; CSV {@code key}. Presentation budget, slide limit and
 *       stakeholders stay empty: the event's slide limit, 3, applies.
 *   <li>Event slug: the options', else the frab/pretalx acronym or iCalendar X-WR-CALNAME made a
 *       slug; else the import asks for {@code ?event=<slug>}. Title: the options', else the file's,
 *       else the slug. Zone: the options', else the file's, else UTC ({@link PlanAssembly}).
 *   <li>Rooms in the order the file declares them, else of first appearance ({@link RoomSlugs}).
 *   <li>Sessions, which the formats lack, are inferred per room ({@link SessionGrouping}): topics
 *       less than 30 minutes apart form one, keyed {@code <room slug>@<start instant>}.
 *   <li>Skipped and reported, not errors: breaks (type break, lunch or coffee), all-day and
 *       cancelled calendar events.
 *   <li>Errors, and nothing is imported: a file over {@link #MAX_BYTES} or empty; malformed XML,
 *       JSON, iCalendar or CSV (with the line where the parser gives one); any DOCTYPE; a missing
 *       title; a duration that is not positive; a time that cannot be read; two topics overlapping
 *       in a room; an event in a room the file does not declare; two topics with one key; a wrong
 *       root element ({@link PlanChecks} and the readers).
 * </ul>
 */
public final class ScheduleImport {

  /** Larger uploads are refused before they are parsed. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private ScheduleImport() {}

  public static Imported read(ScheduleFormat format, byte[] body, ImportOptions options)
      throws ImportException {
    if (body != null && body.length > MAX_BYTES) {
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "the file is %.1f MB; Gavel imports files of up to %d MB",
              body.length / (1024.0 * 1024.0),
              MAX_BYTES / (1024 * 1024)));
    }
    if (isBlank(body)) {
      throw new ImportException("the file is empty");
    }
    ImportOptions given = options == null ? ImportOptions.none() : options;
    return switch (format) {
      case FRAB_XML -> FrabXmlReader.read(body, given);
      case PRETALX_JSON -> PretalxJsonReader.read(body, given);
      case ICALENDAR -> ICalendarReader.read(body, given);
      case CSV -> CsvReader.read(body, given);
    };
  }

  /** Nothing but ASCII white space (or nothing at all): no format can make a schedule of it. */
  private static boolean isBlank(byte[] body) {
    if (body == null) {
      return true;
    }
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}
