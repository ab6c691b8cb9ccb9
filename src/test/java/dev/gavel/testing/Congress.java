package dev.gavel.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A congress-sized frab schedule, made up: for the tests and benchmarks of big events. */
public final class Congress {

  private Congress() {}

  /**
   * A frab schedule of this many rooms, days and 20-minute talks a room a day, 5 minutes apart,
   * under this acronym.
   */
  public static String frabXml(String acronym, int rooms, int days, int perDay) {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\"?>\n<schedule><version>1</version>");
    xml.append("<conference><acronym>")
        .append(acronym)
        .append("</acronym><title>Bench Congress</title>")
        .append("<time_zone_name>Europe/Berlin</time_zone_name></conference>\n");
    int id = 0;
    for (int d = 0; d < days; d++) {
      LocalDate date = LocalDate.of(2026, 12, 27).plusDays(d);
      xml.append("<day index=\"").append(d + 1).append("\" date=\"").append(date).append("\">\n");
      for (int r = 0; r < rooms; r++) {
        xml.append("<room name=\"Saal ").append(r + 1).append("\">\n");
        for (int t = 0; t < perDay; t++) {
          id++;
          LocalTime start = LocalTime.of(9, 0).plusMinutes(25L * t);
          xml.append("<event guid=\"")
              .append(UUID.nameUUIDFromBytes((acronym + id).getBytes(StandardCharsets.UTF_8)))
              .append("\" id=\"")
              .append(id)
              .append("\"><date>")
              .append(date.atTime(start))
              .append("+01:00</date><start>")
              .append(start)
              .append("</start><duration>00:20</duration><room>Saal ")
              .append(r + 1)
              .append("</room><slug>")
              .append(acronym)
              .append("-")
              .append(id)
              .append("</slug><title>Talk ")
              .append(id)
              .append(": a title of ordinary length</title><subtitle/><track>Track ")
              .append(t % 7)
              .append(
                  "</track><type>lecture</type><language>en</language><abstract>The abstract of")
              .append(" talk ")
              .append(id)
              .append(", a paragraph as long as real ones are, more or less.</abstract>")
              .append("<description/><persons><person id=\"")
              .append(id)
              .append("\">Speaker ")
              .append(id)
              .append("</person></persons><links/></event>\n");
        }
        xml.append("</room>\n");
      }
      xml.append("</day>\n");
    }
    return xml.append("</schedule>\n").toString();
  }
}
