package dev.gavel.programme.exchange;

import dev.gavel.programme.ImportPace;
import java.util.Locale;

/**
 * Reads an uploaded schedule into an {@link dev.gavel.programme.EventPlan}. Pure: the caller stores
 * the plan. Lenient in: a readable file imports, and each item taken with an adjustment or skipped
 * is reported ({@link Imported}).
 *
 * <p>How every format maps (each reader's Javadoc adds its own details):
 *
 * <ul>
 *   <li>Each event of the file (a frab {@code <event>}, a pretalx or schedule v2 event, a VEVENT, a
 *       CSV row) is a topic: title; persons → presenters, in order; track → category; duration →
 *       budget; abstract (else description) → abstract; start → start, shown in the event's zone;
 *       key = guid, else pretalx code, else id; iCalendar UID; CSV {@code key}. What the file lists
 *       beyond that (subtitle, description, language, type, url, links, frab id, people's ids) is
 *       kept in the topic's listing. Presentation budget, slide limit and stakeholders stay empty.
 *   <li>Event slug: the options', else the acronym (else title) or X-WR-CALNAME made a slug; else
 *       the import asks for {@code ?event=<slug>}. Title: the options', else the file's, else the
 *       slug. Zone: {@link ZoneChoice}.
 *   <li>Rooms in the order the file declares them, then of first appearance ({@link RoomSlugs}).
 *   <li>Sessions, which the formats lack, are inferred per room ({@link SessionGrouping}): topics
 *       less than 30 minutes apart form one, keyed {@code <room slug>@<start instant>}.
 *   <li>Items without a title, an end, a room or an id of their own are adjusted ({@link
 *       PlanAssembly}); breaks, all-day and cancelled calendar events, and items whose start cannot
 *       be read are skipped. Two items at one time in a room are both taken.
 *   <li>Refused, and nothing is imported, naming every problem: a file over {@link #MAX_BYTES} or
 *       empty; malformed XML, JSON, iCalendar or CSV (with the line where the parser gives one);
 *       any DOCTYPE; a wrong root element; a spreadsheet without a title column; Gavel's own JSON
 *       breaking a rule ({@link GavelJsonReader} is strict: it is Gavel's lossless form).
 * </ul>
 */
public final class ScheduleImport {

  /** Larger uploads are refused before they are parsed. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private ScheduleImport() {}

  public static Imported read(ScheduleFormat format, byte[] body, ImportOptions options)
      throws ImportException {
    return read(format, body, options, ImportPace.none());
  }

  /**
   * Reads the file as {@link #read(ScheduleFormat, byte[], ImportOptions)} does, a frab file
   * standing aside as the pace says while rooms are busy: the formats of the largest conferences'
   * files are read element by element, the others in one go.
   */
  public static Imported read(
      ScheduleFormat format, byte[] body, ImportOptions options, ImportPace pace)
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
      case FRAB_XML -> FrabXmlReader.read(body, given, pace);
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
