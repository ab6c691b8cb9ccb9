package dev.gavel.programme.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a programme kept in a spreadsheet and saved as CSV (UTF-8, with or without a BOM). The
 * first row names the columns, in any order and any case:
 *
 * <ul>
 *   <li>{@code room}, {@code title}, {@code duration} (required; minutes such as {@code 25} or
 *       {@code HH:MM});
 *   <li>{@code start}: {@code 2026-09-18T09:30} in the event's zone, or with an offset; a topic
 *       without one is unscheduled;
 *   <li>{@code session}: topics with the same room and session name form that session, in file
 *       order (see {@link SessionGrouping});
 *   <li>{@code presenters} ({@code ;}-separated), {@code category}, {@code abstract}, {@code key}.
 * </ul>
 *
 * Any other column is an error, as is a row that breaks a rule; messages give the line number. The
 * file does not name the event, so its slug must come from the options.
 */
final class CsvReader {

  private static final Set<String> REQUIRED = Set.of("room", "title", "duration");
  private static final Set<String> KNOWN =
      Set.of(
          "room",
          "title",
          "duration",
          "start",
          "session",
          "presenters",
          "category",
          "abstract",
          "key");

  private CsvReader() {}

  static Imported read(byte[] body, ImportOptions options) {
    String text = new String(body, StandardCharsets.UTF_8);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ZoneId zone = Times.zone(options, null, "the options");
    Draft.Builder draft = new Draft.Builder();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, String> columns = columns(parser.getHeaderNames());
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
        row(record, columns, "line " + line, zone, draft);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ImportException("the CSV is malformed: " + reason(e), e);
    } catch (IllegalArgumentException e) {
      // commons-csv refuses a header naming a column twice
      throw new ImportException("the CSV's header is not usable: " + e.getMessage(), e);
    }
    return PlanAssembly.assemble(draft.build(null, null, zone), options);
  }

  /** Each known column's lower-case name → the header as the file spells it. */
  private static Map<String, String> columns(List<String> header) {
    if (header.isEmpty()) {
      throw new ImportException("the CSV has no header row naming its columns");
    }
    Map<String, String> columns = new HashMap<>();
    Set<String> unknown = new TreeSet<>();
    for (String name : header) {
      String column = name.strip().toLowerCase(Locale.ROOT);
      if (!KNOWN.contains(column)) {
        unknown.add(name.isBlank() ? "(a column without a name)" : name);
      } else if (columns.put(column, name) != null) {
        throw new ImportException("the CSV names the column \"" + column + "\" twice");
      }
    }
    if (!unknown.isEmpty()) {
      throw new ImportException(
          "the CSV has columns Gavel does not know: "
              + String.join(", ", unknown)
              + "; it reads "
              + String.join(", ", new TreeSet<>(KNOWN)));
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new ImportException(
          "the CSV has no "
              + String.join(", ", missing)
              + " column; it needs room, title and duration");
    }
    return columns;
  }

  private static void row(
      CSVRecord record,
      Map<String, String> columns,
      String where,
      ZoneId zone,
      Draft.Builder draft) {
    if (!record.isConsistent()) {
      throw new ImportException(
          where + " has " + record.size() + " values where the header names " + columns.size());
    }
    String room = value(record, columns, "room");
    if (room == null) {
      throw new ImportException(where + " has no room");
    }
    String start = value(record, columns, "start");
    String presenters = value(record, columns, "presenters");
    var fields =
        new Entry.Fields(
            value(record, columns, "key"),
            value(record, columns, "title"),
            presenters == null ? List.of() : Arrays.asList(presenters.split(";")),
            value(record, columns, "category"),
            Times.duration(value(record, columns, "duration"), where),
            value(record, columns, "abstract"),
            start == null ? null : Times.dateTime(start, zone, where));
    draft.add(Entry.of(room, value(record, columns, "session"), fields, zone, where));
  }

  /** A cell's stripped text, or null when the column is absent or the cell empty. */
  private static String value(CSVRecord record, Map<String, String> columns, String column) {
    String header = columns.get(column);
    if (header == null || !record.isSet(header)) {
      return null;
    }
    String value = record.get(header).strip();
    return value.isEmpty() ? null : value;
  }

  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
