package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.Listing;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a programme kept in a spreadsheet and saved as CSV (UTF-8, with or without a BOM). The
 * first row names the columns, in any order, as spreadsheets write them ({@link CsvColumns}: "Talk
 * Title", "Room Name", "Date" and "Start Time", "Speaker(s)", "Synopsis"…); dates, times and
 * lengths as {@link CsvTimes} reads them.
 *
 * <ul>
 *   <li>A title column is needed. Room, start, end or duration, session, presenters ({@code ;}
 *       between names, else {@code ,}), category or track, abstract, type, key, subtitle, language
 *       and url may follow.
 *   <li>The start is the date column and the start column together, or a start holding both; a row
 *       without one is unscheduled. Its length is the duration, else the end less the start.
 *   <li>{@code session}: topics with the same room and session name form that session, in file
 *       order ({@link SessionGrouping}).
 *   <li>A row whose type is a break is skipped. One whose date or time cannot be read is taken
 *       unscheduled, one whose length cannot be read is taken without one (and given the default),
 *       each reported. Columns Gavel does not read are named in the answer's notes.
 * </ul>
 *
 * The file does not name the event, so its slug must come from the options.
 */
final class CsvReader {

  private CsvReader() {}

  static Imported read(byte[] body, ImportOptions options) {
    String text = new String(body, StandardCharsets.UTF_8);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Draft.Builder draft = new Draft.Builder();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setAllowDuplicateHeaderNames(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<CsvColumns, String> columns = columns(parser.getHeaderNames(), draft);
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new ImportException("the CSV is malformed from line " + line + ": " + reason(e), e);
        }
        row(new Row(record, columns), "line " + line, draft);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ImportException("the CSV is malformed: " + reason(e), e);
    }
    return PlanAssembly.assemble(draft.build(null, null, null), options);
  }

  private static Map<CsvColumns, String> columns(List<String> header, Draft.Builder draft) {
    if (header.isEmpty()) {
      throw new ImportException("the CSV has no header row naming its columns");
    }
    List<String> unread = new ArrayList<>();
    Map<CsvColumns, String> columns = CsvColumns.of(header, unread);
    if (!columns.containsKey(CsvColumns.TITLE)) {
      List<String> problems = new ArrayList<>();
      problems.add(
          "the CSV has no title column (a header such as " + CsvColumns.TITLE.headers() + ")");
      if (!unread.isEmpty()) {
        problems.add("its columns " + String.join(", ", unread) + " are not ones Gavel reads");
      }
      throw new ImportException(problems, null);
    }
    if (!unread.isEmpty()) {
      draft.note("the CSV's columns " + String.join(", ", unread) + " are not read");
    }
    return columns;
  }

  /** A row's cells by column: stripped text, or null when absent or empty. */
  private record Row(CSVRecord record, Map<CsvColumns, String> columns) {
    String get(CsvColumns column) {
      String header = columns.get(column);
      if (header == null || !record.isSet(header)) {
        return null;
      }
      String value = record.get(header).strip();
      return value.isEmpty() ? null : value;
    }
  }

  private static void row(Row row, String where, Draft.Builder draft) {
    String title = row.get(CsvColumns.TITLE);
    String type = row.get(CsvColumns.TYPE);
    String named = PlanAssembly.firstText(title, "an untitled row") + " (" + where + ")";
    When start = null;
    try {
      start = start(row);
    } catch (DateTimeException e) {
      draft.adjust(
          new Adjusted(
              named, "its date or time cannot be read: " + when(row), "taken unscheduled"));
    }
    Duration length = null;
    try {
      length = length(row, start, where);
    } catch (DateTimeException | ImportException e) {
      draft.adjust(
          new Adjusted(
              named, "its length cannot be read: " + e.getMessage(), "taken without a length"));
    }
    String shown =
        start == null ? named : PlanAssembly.firstText(title, type) + ", " + start.shown();
    if (ScheduleEvent.isBreak(type, title, row.get(CsvColumns.PRESENTERS) != null)) {
      draft.skip(new Skipped(shown, "a break, not a topic"));
      return;
    }
    if (!row.record().isConsistent()) {
      draft.adjust(
          new Adjusted(
              shown,
              "it has "
                  + row.record().size()
                  + " values where the header names "
                  + row.record().getParser().getHeaderNames().size(),
              "the values past the header's columns are not read"));
    }
    String presenters = row.get(CsvColumns.PRESENTERS);
    Listing listing =
        new Listing(
            row.get(CsvColumns.SUBTITLE),
            null,
            row.get(CsvColumns.LANGUAGE),
            type,
            row.get(CsvColumns.URL),
            List.of(),
            null,
            Map.of());
    var fields =
        new Entry.Fields(
            row.get(CsvColumns.KEY),
            title,
            presenters == null
                ? List.of()
                : Arrays.asList(presenters.split(presenters.contains(";") ? ";" : ",")),
            row.get(CsvColumns.CATEGORY),
            length,
            row.get(CsvColumns.ABSTRACT),
            start,
            listing);
    draft.add(new Entry(row.get(CsvColumns.ROOM), row.get(CsvColumns.SESSION), fields, where));
  }

  /** The row's date and start as the file spells them. */
  private static String when(Row row) {
    return String.join(
            " ",
            Stream.of(row.get(CsvColumns.DATE), row.get(CsvColumns.START))
                .filter(Objects::nonNull)
                .toList())
        .transform(text -> "\"" + text + "\"");
  }

  private static When start(Row row) {
    String date = row.get(CsvColumns.DATE);
    String start = row.get(CsvColumns.START);
    if (start == null) {
      return date == null ? null : When.floating(CsvTimes.date(date).atTime(LocalTime.MIDNIGHT));
    }
    if (date != null && CsvTimes.isTimeOnly(start)) {
      LocalDate day = CsvTimes.date(date);
      return When.floating(day.atTime(CsvTimes.time(start)));
    }
    return CsvTimes.start(start);
  }

  private static Duration length(Row row, When start, String where) {
    String duration = row.get(CsvColumns.DURATION);
    if (duration != null) {
      return CsvTimes.length(duration, where);
    }
    String end = row.get(CsvColumns.END);
    if (end == null || start == null) {
      return null;
    }
    When until;
    try {
      until =
          CsvTimes.isTimeOnly(end)
              ? When.floating(start.local().toLocalDate().atTime(CsvTimes.time(end)))
              : CsvTimes.start(end);
    } catch (DateTimeException e) {
      // The parser's own words name an index into the text; the organiser needs the cell.
      throw new DateTimeException("its end \"" + end + "\" is not a time Gavel reads", e);
    }
    Duration length =
        Duration.between(
            start.in(ZoneChoice.UTC).toInstant(), until.in(ZoneChoice.UTC).toInstant());
    return Times.positive(length, where, end);
  }

  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
