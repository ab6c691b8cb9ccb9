package dev.gavel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is written in chunks of whole sessions, each committed on its own. The store refuses a
 * write part way through (as a full disk does: a trigger in the database refuses the topics after a
 * number of them), and the organiser is told exactly how far the import got; the same file imported
 * again completes it, making nothing twice.
 */
class ImportInChunksTest {

  /** 4 rooms, 2 days, 25 talks a room a day: 8 sessions of 25 topics, 4 chunks of 2 sessions. */
  private static final byte[] FILE =
      Congress.frabXml("chunky", 4, 2, 25).getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private TestServer server;
  private Connection sql;

  @BeforeEach
  void start() throws SQLException {
    server = TestServer.start(dir);
    sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("gavel.db"));
  }

  @AfterEach
  void stop() throws SQLException {
    sql.close();
    server.close();
  }

  @Test
  void aFailurePartWay_saysExactlyWhatWasWritten_andTheSameFileCompletesIt() throws Exception {
    long before = count("SELECT count(*) FROM topic");
    refuseTopicsFrom(before + 100);

    HttpResponse<String> stopped = importFile("");

    assertEquals(503, stopped.statusCode(), stopped.body());
    JsonNode answer = TestServer.json(stopped.body());
    assertTrue(
        answer.get("error").asText().contains("stopped after writing 100 of its 200 topics"),
        stopped.body());
    assertTrue(answer.get("error").asText().contains("importing the same file again completes"));
    assertEquals(100, answer.at("/unfinished/written/topics").asInt());
    assertEquals(4, answer.at("/unfinished/written/sessions").asInt());
    assertEquals(200, answer.at("/unfinished/of/topics").asInt());
    assertEquals(8, answer.at("/unfinished/of/sessions").asInt());
    assertEquals(before + 100, count("SELECT count(*) FROM topic"), "exactly what it said");
    assertEquals(404, server.get("/events/chunky").statusCode(), "a half event stays a draft");

    server = server.restart();
    JsonNode dryRun = TestServer.json(importFile("?dryRun=true").body());
    assertTrue(
        dryRun.get("notes").toString().contains("an earlier import is unfinished"),
        dryRun.toString());
    assertEquals(1, server.gavel().unfinishedImports().size(), "known again after a restart");

    execute("DROP TRIGGER drill_topics_refused");
    HttpResponse<String> completed = importFile("");

    assertEquals(200, completed.statusCode(), completed.body());
    JsonNode done = TestServer.json(completed.body());
    assertEquals(100, done.at("/made/topics").asInt());
    assertEquals(100, done.at("/unchanged/topics").asInt());
    assertTrue(done.get("notes").toString().contains("an earlier import was unfinished"));
    assertEquals(before + 200, count("SELECT count(*) FROM topic"), "nothing twice");
    assertEquals(
        200,
        count(
            "SELECT count(DISTINCT topic.source_key) FROM topic JOIN session ON session.id ="
                + " topic.session_id JOIN room ON room.id = session.room_id JOIN event ON"
                + " event.id = room.event_id WHERE event.slug = 'chunky'"));
    assertEquals(200, server.get("/events/chunky").statusCode(), "published once complete");
    assertTrue(server.gavel().unfinishedImports().isEmpty());
    JsonNode again = TestServer.json(importFile("").body());
    assertEquals(0, again.at("/made/topics").asInt());
    assertFalse(again.get("notes").toString().contains("unfinished"));
  }

  @Test
  void aFailureInTheFirstChunk_changesNothing() throws Exception {
    long before = count("SELECT count(*) FROM topic");
    refuseTopicsFrom(before + 10);

    HttpResponse<String> refused = importFile("");

    assertEquals(503, refused.statusCode(), refused.body());
    assertEquals(
        "the server could not save this; nothing changed",
        TestServer.json(refused.body()).get("error").asText());
    assertEquals(before, count("SELECT count(*) FROM topic"));
    assertEquals(0, count("SELECT count(*) FROM event WHERE slug = 'chunky'"));
    assertEquals(0, count("SELECT count(*) FROM import_run WHERE event_slug = 'chunky'"));
    assertTrue(server.gavel().unfinishedImports().isEmpty());
  }

  /** A trigger refuses every topic from this many on, as a disk that has filled up would. */
  private void refuseTopicsFrom(long topics) throws SQLException {
    execute(
        "CREATE TRIGGER drill_topics_refused BEFORE INSERT ON topic WHEN (SELECT count(*) FROM"
            + " topic) >= "
            + topics
            + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
  }

  private HttpResponse<String> importFile(String query) {
    return server.post(
        "/api/events/import" + query, "application/xml", FILE, TestServer.ORGANISER_SECRET);
  }

  private void execute(String statement) throws SQLException {
    try (Statement run = sql.createStatement()) {
      run.execute(statement);
    }
  }

  private long count(String query) throws SQLException {
    try (Statement run = sql.createStatement();
        ResultSet rows = run.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
