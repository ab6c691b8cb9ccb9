package dev.gavel.programme.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns Gavel reads from a spreadsheet, whatever the spreadsheet calls them: a header is
 * matched in any case with everything but letters and digits left out ("Speaker(s)" is {@code
 * speakers}, "Room Name" is {@code roomname}).
 */
enum CsvColumns {
  TITLE("title", "talktitle", "talk", "topic", "subject", "titel"),
  ROOM("room", "roomname", "location", "venue", "stage", "hall", "raum", "ort"),
  DATE("date", "day", "datum"),
  START("start", "starttime", "timestart", "begin", "time", "from", "beginn"),
  END("end", "endtime", "timeend", "until", "to", "ende"),
  DURATION("duration", "length", "minutes", "durationminutes", "durationmin", "dauer"),
  SESSION("session", "block"),
  PRESENTERS(
      "presenters",
      "presenter",
      "speakers",
      "speaker",
      "persons",
      "person",
      "names",
      "teilnehmer",
      "referent",
      "referenten",
      "sprecher"),
  CATEGORY("category", "track"),
  ABSTRACT("abstract", "synopsis", "description"),
  TYPE("type", "kind", "format"),
  KEY("key", "id", "uid", "guid"),
  SUBTITLE("subtitle"),
  LANGUAGE("language", "lang"),
  URL("url", "link", "website");

  private final List<String> names;

  CsvColumns(String... names) {
    this.names = List.of(names);
  }

  /** "Speaker(s)" → "speakers". */
  static String normal(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /**
   * Each column Gavel reads → the header as the file spells it (the first of several); headers it
   * does not read are added to {@code unread}.
   */
  static Map<CsvColumns, String> of(List<String> header, List<String> unread) {
    Map<CsvColumns, String> found = new LinkedHashMap<>();
    for (String name : header) {
      String normal = normal(name);
      CsvColumns column = null;
      for (CsvColumns candidate : values()) {
        if (candidate.names.contains(normal)) {
          column = candidate;
        }
      }
      if (column == null || found.containsKey(column)) {
        unread.add(name.isBlank() ? "(a column without a name)" : name);
      } else {
        found.put(column, name);
      }
    }
    return found;
  }

  /** How the README and the messages list a column's accepted headers. */
  String headers() {
    List<String> shown = new ArrayList<>(names);
    return String.join(", ", shown);
  }
}
