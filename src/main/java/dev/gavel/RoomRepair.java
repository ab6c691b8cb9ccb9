package dev.gavel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.json.EventCodec;
import dev.gavel.json.Json;
import dev.gavel.room.Agenda;
import dev.gavel.room.DamagedLog;
import dev.gavel.room.RoomService;
import dev.gavel.room.RoomSlug;
import dev.gavel.startup.DataFolder;
import dev.gavel.startup.StartupFailure;
import dev.gavel.store.Database;
import dev.gavel.store.EventLog;
import dev.gavel.store.LogRepair;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code --repair-room ROOM}: what an operator runs, with the server stopped, when a room's log is
 * damaged. The whole log is first saved as JSON in the data folder's {@code repair/} folder, every
 * row exactly as stored; then the log is cut back to its last sound position, so the room opens
 * there on the next start. A sound log is left as it is.
 */
final class RoomRepair {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private RoomRepair() {}

  /**
   * @return the exit status: 0 when the room's log is sound now, 1 when nothing could be done
   */
  static int run(Config config, String room, PrintStream out, PrintStream err) {
    RoomSlug slug;
    try {
      slug = new RoomSlug(room);
    } catch (IllegalArgumentException e) {
      err.println(
          "--repair-room needs a room's address, such as networking, not \"" + room + "\".");
      return 1;
    }
    Path file = config.databaseFile().toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      err.println("There is no database at " + file + ": nothing to repair. Check --data.");
      return 1;
    }
    try (DataFolder folder = DataFolder.claim(config.dataDir());
        Database database = Database.open(config.databaseFile())) {
      return repair(config, slug, folder.path(), database, out, err);
    } catch (StartupFailure e) {
      err.println(e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      err.println("Gavel " + e.getMessage() + "; nothing changed.");
      return 1;
    }
  }

  private static int repair(
      Config config,
      RoomSlug slug,
      Path folder,
      Database database,
      PrintStream out,
      PrintStream err) {
    LogRepair repair = new LogRepair(database);
    Optional<List<LogRepair.StoredEvent>> stored = repair.stored(slug);
    if (stored.isEmpty()) {
      err.println("There is no room \"" + slug.value() + "\" in " + config.databaseFile() + ".");
      return 1;
    }
    EventLog log = new EventLog(database, new EventCodec(Json.mapper()));
    Optional<DamagedLog> damage = damage(slug, log, config);
    if (damage.isEmpty()) {
      out.println(
          "The log of room \""
              + slug.value()
              + "\" is sound ("
              + stored.get().size()
              + " events): nothing changed.");
      return 0;
    }
    Path saved = save(folder, slug, damage.get(), stored.get(), config);
    LogRepair.Cut cut = repair.cutBefore(slug, damage.get().position());
    String problem = damage.get().getMessage();
    out.println(Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".");
    out.println("Saved its whole log (" + stored.get().size() + " events) to " + saved + ".");
    out.println(
        "Cut the log back to position "
            + cut.keptUpTo()
            + ": "
            + cut.eventsRemoved()
            + " events and "
            + cut.answersRemoved()
            + " answers to commands removed. The room opens at position "
            + cut.keptUpTo()
            + " on the next start.");
    Optional<DamagedLog> still = damage(slug, log, config);
    if (still.isPresent()) {
      err.println("The log is still damaged: " + still.get().getMessage() + ".");
      return 1;
    }
    return 0;
  }

  private static Optional<DamagedLog> damage(RoomSlug slug, EventLog log, Config config) {
    try {
      RoomService.replay(slug, log, config.clock(), Agenda.empty());
      return Optional.empty();
    } catch (DamagedLog damage) {
      return Optional.of(damage);
    }
  }

  private static Path save(
      Path folder,
      RoomSlug slug,
      DamagedLog damage,
      List<LogRepair.StoredEvent> rows,
      Config config) {
    ObjectMapper mapper = Json.mapper();
    ObjectNode body = mapper.createObjectNode();
    body.put("room", slug.value());
    body.put("damagedAt", damage.position());
    body.put("problem", damage.problem());
    ArrayNode events = body.putArray("events");
    for (LogRepair.StoredEvent row : rows) {
      ObjectNode event = events.addObject();
      event.put("seq", row.seq());
      event.put("type", row.type());
      event.put("at", row.at());
      event.put("commandId", row.commandId());
      // as stored, even when it is not JSON
      event.put("payload", row.payload());
    }
    String name = slug.value() + "-log-" + STAMP.format(config.clock().instant());
    try {
      Path into = Files.createDirectories(folder.resolve("repair"));
      // never over an earlier save: that one may hold rows this log no longer has
      for (int copy = 1; ; copy++) {
        Path file = into.resolve(name + (copy == 1 ? "" : "-" + copy) + ".json");
        try {
          Files.writeString(file, body.toPrettyString() + "\n", StandardOpenOption.CREATE_NEW);
          return file;
        } catch (FileAlreadyExistsException e) {
          // taken by a save in the same second: the next name
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot save the log before repairing it: " + e.getMessage(), e);
    }
  }
}
