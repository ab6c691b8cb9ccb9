package dev.gavel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.access.OrganiserSecret;
import dev.gavel.html.Markup;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.LogSurgery;
import dev.gavel.testing.Organiser;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A room whose log was damaged outside Gavel (a bad restore, a hand in the sqlite3 shell, a disk
 * fault), among healthy ones: the server starts, that room alone is closed with what is wrong and
 * where, every page and answer of it says so, the other rooms run, and the operator's repair brings
 * it back at its last sound position with nothing thrown away.
 */
class DamagedRoomTest extends ServerTest {

  private static final String DAMAGED = "networking";
  private static final String HEALTHY = "hall-b";

  /**
   * One way a log goes wrong, at a position of the damaged room's log, which holds: 1 topic
   * started, 2 slide shown, 3 a note, 4 timer paused, 5 timer resumed.
   */
  enum Damage {
    UNREADABLE_PAYLOAD(3, "its event cannot be read: it is not JSON") {
      @Override
      void doTo(Path data) {
        LogSurgery.payload(data, DAMAGED, 3, "{\"type\":\"noteWritten\",\"at\":\"2015-");
      }
    },
    UNKNOWN_TYPE(3, "its event cannot be read: unknown event type \"teleported\"") {
      @Override
      void doTo(Path data) {
        LogSurgery.payload(
            data, DAMAGED, 3, "{\"type\":\"teleported\",\"at\":\"2015-08-20T09:00:00Z\"}");
      }
    },
    MISSING_FIELD(2, "its event cannot be read: a \"slideShown\" event without its \"at\"") {
      @Override
      void doTo(Path data) {
        LogSurgery.payload(data, DAMAGED, 2, "{\"type\":\"slideShown\",\"slide\":2}");
      }
    },
    IMPOSSIBLE_EVENT(
        4, "an event that cannot happen there: the timer is resumed, but it is not paused") {
      @Override
      void doTo(Path data) {
        LogSurgery.payload(
            data, DAMAGED, 4, "{\"type\":\"timerResumed\",\"at\":\"2015-08-20T09:00:00Z\"}");
      }
    },
    GAP(3, "position 3 is missing; the next event is at position 4") {
      @Override
      void doTo(Path data) {
        LogSurgery.remove(data, DAMAGED, 3);
      }
    };

    final long position;
    final String problem;

    Damage(long position, String problem) {
      this.position = position;
      this.problem = problem;
    }

    abstract void doTo(Path data);

    String message() {
      return "The log of room \""
          + DAMAGED
          + "\" is damaged at position "
          + position
          + ": "
          + problem;
    }
  }

  @BeforeEach
  void twoRoomsWithHistory() {
    Organiser organiser = new Organiser(server);
    organiser.room("lpc2015", HEALTHY);
    organiser.topic("lpc2015", organiser.session("lpc2015", HEALTHY), "A healthy topic");
    for (String command :
        List.of(
            "{\"type\":\"startTopic\"}",
            "{\"type\":\"nextSlide\"}",
            "{\"type\":\"note\",\"text\":\"a line of notes\"}",
            "{\"type\":\"pauseTimer\"}",
            "{\"type\":\"startTimer\"}")) {
      assertEquals(200, server.command(command).statusCode(), command);
    }
    assertEquals(200, healthyCommand("{\"type\":\"startTopic\"}").statusCode());
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aDamagedRoom_isClosedWithWhatIsWrong_andEveryOtherRoomRuns(Damage damage) {
    damage.doTo(data);

    server = TestServer.start(data);

    JsonNode rooms = TestServer.json(server.get("/api/rooms").body());
    assertTrue(room(rooms, DAMAGED).get("damaged").asText().startsWith(damage.message()));
    assertFalse(room(rooms, HEALTHY).has("damaged"));
    HttpResponse<String> state = server.get("/api/rooms/" + DAMAGED + "/state");
    assertEquals(503, state.statusCode());
    assertTrue(error(state).startsWith(damage.message()), error(state));
    assertTrue(error(state).contains("--repair-room networking"), error(state));
    HttpResponse<String> command = server.command("{\"type\":\"nextSlide\"}");
    assertEquals(503, command.statusCode());
    assertTrue(error(command).startsWith(damage.message()), error(command));
    assertEquals(200, healthyCommand("{\"type\":\"nextSlide\"}").statusCode());
    assertEquals(
        2, TestServer.json(server.get("/api/rooms/hall-b/state").body()).get("seq").asInt());
  }

  @ParameterizedTest
  @EnumSource(
      value = Damage.class,
      names = {"UNKNOWN_TYPE", "GAP"})
  void aDamagedRoomsPages_sayWhatIsWrong_ratherThanFail(Damage damage) {
    damage.doTo(data);

    server = TestServer.start(data);

    for (String page :
        List.of(
            "/rooms/networking",
            "/rooms/networking/display",
            "/rooms/networking/moderate?key=" + server.moderatorKey(DAMAGED),
            "/rooms/networking/notes?key=" + server.notesKey(DAMAGED),
            "/sessions/1/notes",
            "/sessions/1/report")) {
      HttpResponse<String> answer = server.get(page);
      assertEquals(503, answer.statusCode(), page);
      assertTrue(answer.body().contains("This room&#39;s log is damaged"), page);
      assertTrue(answer.body().contains(Markup.escape(damage.message())), answer.body());
    }
    assertEquals(503, LiveClient.refusal(server.socket(DAMAGED, null), null));
    try (LiveClient healthy = LiveClient.connect(server.socket(HEALTHY, null))) {
      assertEquals(1, healthy.next("snapshot").get("seq").asInt());
    }
  }

  @Test
  void theStart_namesTheDamagedRoomAndHowToRepairIt() {
    Damage.GAP.doTo(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Main.Launch launch = launch(out, "--port", "0", "--host", "127.0.0.1");

    try {
      assertTrue(launch instanceof Main.Launch.Running, out.toString(StandardCharsets.UTF_8));
      String report = out.toString(StandardCharsets.UTF_8);
      assertTrue(report.contains("CLOSED: " + Damage.GAP.message()), report);
      assertTrue(report.contains("start it once with --repair-room networking"), report);
      assertTrue(report.contains("/rooms/hall-b/display"), "the other rooms are listed");
    } finally {
      if (launch instanceof Main.Launch.Running running) {
        running.gavel().close();
      }
    }
    server = TestServer.start(data);
  }

  @Test
  void theRepair_savesTheWholeLog_cutsItBackToTheLastSoundPosition_andTheRoomRunsAgain()
      throws IOException {
    Damage.IMPOSSIBLE_EVENT.doTo(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Main.Launch repair = launch(out, "--repair-room", DAMAGED);

    assertEquals(new Main.Launch.Finished(0), repair);
    String said = out.toString(StandardCharsets.UTF_8);
    assertTrue(said.startsWith(Damage.IMPOSSIBLE_EVENT.message() + ".\n"), said);
    assertTrue(said.contains("Cut the log back to position 3: 2 events and 2 answers"), said);
    Path saved = onlyFile(data.resolve("repair"));
    JsonNode copy = TestServer.json(Files.readString(saved));
    assertEquals(5, copy.get("events").size(), "every row, the damaged one too");
    assertEquals(
        "{\"type\":\"timerResumed\",\"at\":\"2015-08-20T09:00:00Z\"}",
        copy.get("events").get(3).get("payload").asText());
    assertEquals(4, copy.get("damagedAt").asInt());

    server = TestServer.start(data);

    JsonNode state = server.state();
    assertEquals(3, state.get("seq").asInt());
    assertEquals(2, state.get("slide").asInt());
    assertEquals(200, server.command("{\"type\":\"pauseTimer\"}").statusCode());
    assertEquals(
        1, TestServer.json(server.get("/api/rooms/hall-b/state").body()).get("seq").asInt());
  }

  @Test
  void theRepair_ofASoundLog_changesNothing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Main.Launch repair = launch(out, "--repair-room", DAMAGED);

    assertEquals(new Main.Launch.Finished(0), repair);
    assertEquals(
        "The log of room \"networking\" is sound (5 events): nothing changed.\n",
        out.toString(StandardCharsets.UTF_8));
    assertFalse(Files.exists(data.resolve("repair")));
    server = TestServer.start(data);
    assertEquals(5, server.state().get("seq").asInt());
  }

  @Test
  void theRepair_whileTheServerRuns_isRefusedAndChangesNothing() {
    Damage.GAP.doTo(data);
    server = TestServer.start(data);
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    Main.Launch repair =
        Main.launch(
            new String[] {"--data", data.toString(), "--repair-room", DAMAGED},
            Map.of(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(new Main.Launch.Finished(1), repair);
    assertTrue(
        err.toString(StandardCharsets.UTF_8).startsWith("Another Gavel server (pid "),
        err.toString(StandardCharsets.UTF_8));
    assertFalse(Files.exists(data.resolve("repair")));
    assertEquals(503, server.get("/api/rooms/networking/state").statusCode());
  }

  private Main.Launch launch(ByteArrayOutputStream out, String... options) {
    String[] args =
        Stream.concat(Stream.of("--data", data.toString()), Stream.of(options))
            .toArray(String[]::new);
    return Main.launch(
        args,
        Map.of(OrganiserSecret.VARIABLE, TestServer.ORGANISER_SECRET),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  private HttpResponse<String> healthyCommand(String json) {
    return server.command(HEALTHY, json, server.moderatorKey(HEALTHY));
  }

  private static JsonNode room(JsonNode rooms, String slug) {
    for (JsonNode room : rooms) {
      if (room.get("slug").asText().equals(slug)) {
        return room;
      }
    }
    throw new AssertionError("no room " + slug + " in " + rooms);
  }

  private static String error(HttpResponse<String> answer) {
    return TestServer.json(answer.body()).get("error").asText();
  }

  private static Path onlyFile(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all.toString());
      return all.getFirst();
    }
  }
}
