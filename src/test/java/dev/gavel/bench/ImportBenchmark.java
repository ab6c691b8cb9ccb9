package dev.gavel.bench;

import dev.gavel.programme.ImportResult;
import dev.gavel.programme.exchange.ImportOptions;
import dev.gavel.programme.exchange.Imported;
import dev.gavel.programme.exchange.ScheduleFormat;
import dev.gavel.programme.exchange.ScheduleImport;
import dev.gavel.store.Database;
import dev.gavel.store.ProgrammeStore;
import dev.gavel.testing.Congress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
    byte[] xml = Congress.frabXml("bench", rooms, days, perDay).getBytes(StandardCharsets.UTF_8);
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
}
