package dev.gavel.programme.exchange;

import java.util.Locale;

/**
 * Reads an uploaded schedule into an {@link dev.gavel.programme.EventPlan}. Pure: the caller stores
 * the plan. The rules every format shares are in {@link PlanAssembly}, {@link SessionGrouping} and
 * {@link PlanChecks}; each reader's Javadoc says how its format maps.
 *
 * <p>Either the whole file is imported or nothing is: anything malformed is an {@link
 * ImportException} naming what and where; only entries that are deliberately not topics (breaks,
 * all-day or cancelled calendar events) are skipped and listed in {@link Imported#skipped()}.
 */
public final class ScheduleImport {

  /** Larger uploads are refused before they are parsed. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private ScheduleImport() {}

  public static Imported read(ScheduleFormat format, byte[] body, ImportOptions options)
      throws ImportException {
    if (isBlank(body)) {
      throw new ImportException("the file is empty");
    }
    if (body.length > MAX_BYTES) {
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "the file is %.1f MB; Gavel imports files of up to %d MB",
              body.length / (1024.0 * 1024.0),
              MAX_BYTES / (1024 * 1024)));
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
