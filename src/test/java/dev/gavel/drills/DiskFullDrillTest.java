package dev.gavel.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerProcess;
import dev.gavel.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk refuses writes in the middle of a session. Every command meanwhile is answered with a
 * clear error and changes nothing, nothing unsaved reaches a screen, and once the disk takes writes
 * again the room goes on without a restart: the next command is the next position.
 */
class DiskFullDrillTest {

  private static final String UNSAVED_HTTP =
      "the server could not save this (is its disk full?); nothing changed, try again";
  private static final String UNSAVED_SOCKET =
      "the server could not save this (is its disk full?); nothing changed, try again";

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * A real server process whose file size limit is lowered under it (RLIMIT_FSIZE, which any user
   * may lower and raise again for their own processes): its next write to the log fails in the
   * operating system, as on a full disk.
   */
  @Test
  void aServerWhoseWritesFail_refusesCommandsThenGoesOnWithoutARestart() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/prlimit")), "needs prlimit (util-linux)");
    Path data = dir.resolve("data");
    try (ServerProcess server = ServerProcess.serve(data)) {
      String key = server.moderatorKey();
      assertEquals(200, command(server.base(), key, "{\"type\":\"startTopic\"}").statusCode());
      long before = seq(command(server.base(), key, note("written before")));
      String soft = limit(server.pid());
      try (LiveClient viewer = LiveClient.connect(socket(server.base(), null));
          LiveClient moderator = LiveClient.connect(socket(server.base(), key))) {
        viewer.next("snapshot");
        moderator.next("snapshot");

        prlimit(server.pid(), Files.size(data.resolve("gavel.db-wal")) + ":");
        HttpResponse<String> refused = command(server.base(), key, note("lost to the disk"));
        moderator.command("during", note("lost to the disk too"));
        JsonNode answer = moderator.answer("during");

        server.awaitErr(line -> line.contains("SQLITE_IOERR") || line.contains("SQLITE_FULL"));
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals(UNSAVED_HTTP, TestServer.json(refused.body()).get("error").asText());
        assertEquals("error", answer.get("type").asText());
        assertEquals(UNSAVED_SOCKET, answer.get("message").asText());
        assertEquals(before, state(server.base()).get("seq").asLong(), "nothing changed");

        prlimit(server.pid(), soft + ":");
        HttpResponse<String> after = command(server.base(), key, note("written after"));

        assertEquals(200, after.statusCode(), after.body());
        assertEquals(before + 1, seq(after), "the next position, no gap and no restart");
        JsonNode event = viewer.next("event");
        assertEquals(before + 1, event.get("seq").asLong(), "nothing unsaved was shown");
        assertEquals("written after", event.at("/note/text").asText());
      }
    }
    try (TestServer restarted = TestServer.start(data)) {
      String notes = restarted.get("/api/sessions/1/notes.md").body();
      assertTrue(notes.contains("written before") && notes.contains("written after"), notes);
      assertFalse(notes.contains("lost to the disk"), notes);
    }
  }

  /**
   * Where the operating system cannot limit a process's writes, the failure is made inside the
   * database instead: a trigger on the log table refuses every new event, as SQLite does when the
   * disk is full, through the server's real store.
   */
  @Test
  void aLogThatRefusesAppends_refusesCommandsThenGoesOnWithoutARestart() throws Exception {
    Path data = dir.resolve("data");
    try (TestServer server = TestServer.start(data)) {
      assertEquals(200, server.command("{\"type\":\"startTopic\"}").statusCode());
      long before = seq(server.command(note("written before")));
      try (LiveClient viewer = server.viewer();
          LiveClient moderator = server.moderator();
          Connection sql = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("gavel.db"))) {
        viewer.next("snapshot");
        moderator.next("snapshot");

        execute(
            sql,
            "CREATE TRIGGER drill_disk_full BEFORE INSERT ON room_event"
                + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        HttpResponse<String> refused = server.command(note("lost to the disk"));
        moderator.command("during", note("lost to the disk too"));
        JsonNode answer = moderator.answer("during");

        assertEquals(503, refused.statusCode());
        assertEquals(UNSAVED_HTTP, TestServer.json(refused.body()).get("error").asText());
        assertEquals(UNSAVED_SOCKET, answer.get("message").asText());
        assertEquals(before, server.state().get("seq").asLong());

        execute(sql, "DROP TRIGGER drill_disk_full");
        moderator.command("retried", note("lost to the disk too"));

        assertEquals("ack", moderator.answer("retried").get("type").asText());
        JsonNode event = viewer.next("event");
        assertEquals(before + 1, event.get("seq").asLong());
        assertEquals("lost to the disk too", event.at("/note/text").asText());
      }
    }
  }

  private static String note(String text) {
    return "{\"type\":\"note\",\"text\":\"" + text + "\"}";
  }

  private static void execute(Connection sql, String statement) throws SQLException {
    try (Statement run = sql.createStatement()) {
      run.execute("PRAGMA busy_timeout = 10000");
      run.execute(statement);
    }
  }

  /** The process's soft file size limit as prlimit prints it ("unlimited" or a number). */
  private static String limit(long pid) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                "prlimit", "--pid", "" + pid, "--fsize", "--raw", "--noheadings", "--output=SOFT")
            .start();
    String soft = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
    return soft.strip();
  }

  private static void prlimit(long pid, String fsize) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("prlimit", "--pid", "" + pid, "--fsize=" + fsize)
            .redirectErrorStream(true)
            .start();
    String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), said);
  }

  private static URI socket(String base, String key) {
    return URI.create(
        base.replace("http://", "ws://")
            + "/rooms/networking/live"
            + (key == null ? "" : "?key=" + key));
  }

  private HttpResponse<String> command(String base, String key, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/rooms/networking/commands"))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode state(String base) throws Exception {
    return TestServer.json(
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/rooms/networking/state")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private static long seq(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode(), answer.body());
    return TestServer.json(answer.body()).get("seq").asLong();
  }
}
