package dev.gavel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.Congress;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A moderator runs a room while the organiser imports a big schedule into another event: the import
 * is written in short transactions, and the room's commands are saved in between them, each one
 * acknowledged and kept. Proven by order, not by time: commands are acknowledged between two
 * moments at which the import had written part of its file, and not all of it.
 */
class CommandsDuringImportTest {

  @TempDir Path dir;

  /** What the import had written, as its record in the database says. */
  private record Progress(long written, long of, boolean finished) {
    boolean partWay() {
      return written > 0 && written < of && !finished;
    }
  }

  @Test
  void aModeratorsCommandsDuringABigImport_areAcknowledgedBetweenItsChunksAndKept()
      throws Exception {
    // 10 rooms, 8 days, 25 talks a room a day: 2,000 topics
    byte[] file = Congress.frabXml("huge", 10, 8, 25).getBytes(StandardCharsets.UTF_8);
    List<String> acknowledged = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    int betweenChunks = 0;
    long session;
    try (TestServer server = TestServer.start(dir);
        Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("gavel.db"))) {
      assertEquals(200, server.command("{\"type\":\"startTopic\"}").statusCode());
      session = server.state().at("/session/id").asLong();
      CompletableFuture<HttpResponse<String>> importing =
          CompletableFuture.supplyAsync(
              () ->
                  server.post(
                      "/api/events/import", "application/xml", file, TestServer.ORGANISER_SECRET));
      for (int n = 1; !importing.isDone(); n++) {
        Progress sent = progress(sql);
        String text = "said during the import, line " + n;
        HttpResponse<String> answer =
            server.command("{\"type\":\"note\",\"text\":\"" + text + "\"}");
        assertEquals(200, answer.statusCode(), answer.body());
        Progress answered = progress(sql);
        acknowledged.add(text);
        positions.add(TestServer.json(answer.body()).get("seq").asLong());
        if (sent.partWay() && answered.partWay()) {
          betweenChunks++;
        }
      }
      HttpResponse<String> imported = importing.get();
      assertEquals(200, imported.statusCode(), imported.body());
      assertEquals(2000, TestServer.json(imported.body()).at("/made/topics").asInt());
      assertTrue(progress(sql).finished());
    }
    assertTrue(
        betweenChunks > 0,
        "no command was saved while the import was part way through its "
            + acknowledged.size()
            + " commands");
    for (int i = 1; i < positions.size(); i++) {
      assertEquals(positions.get(i - 1) + 1, positions.get(i), "one after another, no gap");
    }
    try (TestServer restarted = TestServer.start(dir)) {
      String notes = restarted.get("/api/sessions/" + session + "/notes.md").body();
      for (String text : acknowledged) {
        assertTrue(notes.contains(text), "lost after a restart: " + text);
      }
      JsonNode state = restarted.state();
      assertEquals(positions.getLast().longValue(), state.get("seq").asLong());
    }
  }

  private static Progress progress(Connection sql) throws SQLException {
    try (Statement query = sql.createStatement();
        ResultSet row =
            query.executeQuery(
                "SELECT written_topics, topics, finished_at IS NOT NULL FROM import_run"
                    + " WHERE event_slug = 'huge'")) {
      return row.next()
          ? new Progress(row.getLong(1), row.getLong(2), row.getBoolean(3))
          : new Progress(0, 1, false);
    }
  }
}
