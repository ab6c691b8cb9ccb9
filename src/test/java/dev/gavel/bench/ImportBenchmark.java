package dev.gavel.bench;

import dev.gavel.programme.ImportResult;
import dev.gavel.programme.exchange.ImportOptions;
import dev.gavel.programme.exchange.Imported;
import dev.gavel.programme.exchange.ScheduleFormat;
import dev.gavel.programme.exchange.ScheduleImport;
import dev.gavel.store.Database;
import dev.gavel.store.ProgrammeStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long importing a congress-sized frab schedule takes: reading the file, the first import into
 * an empty SQLite file, a dry run of it again, and the re-import that changes nothing. Prints
 * figures and asserts nothing.
 *
 * <p>Arguments: the number of rooms (10), days (4) and talks per room and day (25).
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rooms = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int perDay = args.length > 2 ? Integer.parseInt(args[2]) : 25;
    byte[] xml = congress("bench", rooms, days, perDay).getBytes(StandardCharsets.UTF_8);
    Path folder = Files.createTempDirectory("gavel-import-bench");
    AtomicLong secrets = new AtomicLong();
    for (int run = 1; run <= 3; run++) {
      // a fresh file each run: the first import is into an empty database
      try (Database database = Database.open(folder.resolve("gavel-" + run + ".db"))) {
        ProgrammeStore store = new ProgrammeStore(database);
        long start = System.nanoTime();
        Imported imported = ScheduleImport.read(ScheduleFormat.FRAB_XML, xml, ImportOptions.none());
        long read = System.nanoTime();
        ImportResult first =
            store.importPlan(imported.plan(), () -> "s" + secrets.incrementAndGet(), true);
        long written = System.nanoTime();
        store.previewImport(imported.plan(), true);
        long previewed = System.nanoTime();
        ImportResult again =
            store.importPlan(imported.plan(), () -> "s" + secrets.incrementAndGet(), true);
        long reimported = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "run %d: %d topics, %.1f MB: read %d ms, import %d ms (made %d), dry run %d ms,"
                + " re-import %d ms (unchanged %d)%n",
            run,
            imported.plan().topics().size(),
            xml.length / 1e6,
            (read - start) / 1_000_000,
            (written - read) / 1_000_000,
            first.made().topics(),
            (previewed - written) / 1_000_000,
            (reimported - previewed) / 1_000_000,
            again.unchanged().topics());
      }
    }
  }

  /**
   * A frab schedule of this many rooms, days and 20-minute talks a room a day, 5 minutes apart,
   * under this acronym.
   */
  static String congress(String acronym, int rooms, int days, int perDay) {
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
