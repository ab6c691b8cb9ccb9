package dev.gavel.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Changes a stopped server's database behind its back, as a disk fault, a careless hand with the
 * sqlite3 shell or a bad restore would: for the tests of what a damaged room's log does.
 */
public final class LogSurgery {

  private LogSurgery() {}

  /** Runs one statement on the database in this data folder; returns how many rows it changed. */
  public static int run(Path dataDir, String sql, Object... args) {
    String url = "jdbc:sqlite:" + dataDir.resolve("gavel.db").toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot change the test's database: " + e.getMessage(), e);
    }
  }

  /** Replaces the stored JSON of the room's event at this position. */
  public static void payload(Path dataDir, String room, long seq, String payload) {
    int changed =
        run(
            dataDir,
            "UPDATE room_event SET payload = ? WHERE seq = ? AND room_id ="
                + " (SELECT id FROM room WHERE slug = ?)",
            payload,
            seq,
            room);
    if (changed != 1) {
      throw new IllegalStateException("no event " + seq + " in room " + room);
    }
  }

  /** Takes the room's event at this position out of its log. */
  public static void remove(Path dataDir, String room, long seq) {
    run(
        dataDir,
        "DELETE FROM room_event WHERE seq = ? AND room_id = (SELECT id FROM room WHERE slug = ?)",
        seq,
        room);
  }
}
