package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ManualClock;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The event's and a topic's pacing set on the organiser's forms, as the room then runs by it: over
 * real HTTP and real sockets, the room's time in the test's hand.
 */
class PacingHttpTest extends ServerTest {

  private static final String EVENT = "/organise/events/lpc2015";
  private final ManualClock clock = new ManualClock(Instant.parse("2015-08-20T16:00:00Z"));

  @Override
  protected Clock serverClock() {
    return clock;
  }

  /** The demo's first topic made a five-minute lightning topic, two of them presenting. */
  private static Map<String, String> lightning(String warning, String danger) {
    Map<String, String> form = new HashMap<>();
    form.put("title", "A new VRF proposal");
    form.put("presenters", "Shrijeet Mukherjee");
    form.put("budget", "5");
    form.put("presentation", "2");
    form.put("warning", warning);
    form.put("danger", danger);
    return form;
  }

  private static Map<String, String> event(String turn, String warning, String danger) {
    return Map.of(
        "title",
        "Linux Plumbers Conference 2015",
        "slideLimit",
        "3",
        "timeZone",
        "America/Los_Angeles",
        "turn",
        turn,
        "warning",
        warning,
        "danger",
        danger);
  }

  private String level() {
    return server.state().at("/timer/level").asText();
  }

  @Test
  void aTopicsOneMinuteWarning_reachesTheSocketsAndTurnsTheLevelAtOneMinuteNotTwo() {
    OrganiserClient organiser = OrganiserClient.organiser(server);
    try (LiveClient tablet = server.moderator()) {
      assertEquals(120_000, tablet.next("snapshot").at("/thresholds/warningMs").asLong());

      assertEquals(303, organiser.post(EVENT + "/topics/1", lightning("1:00", "")).statusCode());
      // Between topics the room runs by the event's thresholds, which are the server's.
      JsonNode edited = tablet.nextOf("snapshot");
      assertEquals(120_000, edited.at("/thresholds/warningMs").asLong());
      assertEquals(120_000, edited.at("/state/thresholds/warningMs").asLong());

      server.command("{\"type\":\"startTopic\",\"id\":1}");
      JsonNode started = tablet.nextOf("event").get("state");
      assertEquals(60_000, started.at("/thresholds/warningMs").asLong());
      assertEquals(0, started.at("/thresholds/dangerMs").asLong());
    }
    assertEquals(60_000, server.state().at("/thresholds/warningMs").asLong());
    // Two minutes of presentation: the server's warning would show at once, the topic's does not.
    assertEquals(120_000, server.state().at("/timer/remainingMs").asLong());
    assertEquals("normal", level());
    clock.advance(Duration.ofSeconds(59));
    assertEquals("normal", level());
    clock.advance(Duration.ofSeconds(1));
    assertEquals("warning", level());
    clock.advance(Duration.ofSeconds(60));
    assertEquals("danger", level());
  }

  @Test
  void aTopicWithoutItsOwn_runsByTheEventsThresholds_andAJoiningScreenGetsThemInItsSnapshot() {
    OrganiserClient organiser = OrganiserClient.organiser(server);
    assertEquals(303, organiser.post(EVENT, event("2:00", "3:00", "0:30")).statusCode());
    assertEquals(303, organiser.post(EVENT + "/topics/1", lightning("1:00", "")).statusCode());

    server.command("{\"type\":\"startTopic\",\"id\":2}");
    try (LiveClient viewer = server.viewer()) {
      JsonNode snapshot = viewer.next("snapshot");
      assertEquals(180_000, snapshot.at("/thresholds/warningMs").asLong());
      assertEquals(30_000, snapshot.at("/thresholds/dangerMs").asLong());
    }
    server.command("{\"type\":\"startTopic\",\"id\":1}");
    // The lightning topic's own warning, and the event's danger it leaves unset.
    assertEquals(60_000, server.state().at("/thresholds/warningMs").asLong());
    assertEquals(30_000, server.state().at("/thresholds/dangerMs").asLong());
  }

  @Test
  void theEventsTurnLength_drivesTheCalledSpeakersTurnEnd() {
    assertEquals(
        303, OrganiserClient.organiser(server).post(EVENT, event("1:30", "", "")).statusCode());
    server.command("{\"type\":\"startTopic\"}");
    assertEquals(201, server.raiseHand(null, "{\"name\":\"Ada\",\"kind\":\"point\"}").statusCode());

    try (LiveClient tablet = server.moderator()) {
      tablet.next("snapshot");
      server.command("{\"type\":\"callSpeaker\"}");
      JsonNode speaking = tablet.nextOf("event").at("/state/speaking");
      assertEquals("Ada", speaking.at("/entry/name").asText());
      assertEquals(90_000, speaking.get("turnMs").asLong());
      assertEquals(90_000, speaking.get("turnEndsAt").asLong() - speaking.get("calledAt").asLong());
    }
  }

  @Test
  void badPacing_comesBackWith422AndTheMessageBesideItsField_andNothingChanges() {
    OrganiserClient organiser = OrganiserClient.organiser(server);
    assertEquals(303, organiser.post(EVENT + "/topics/1", lightning("1:00", "")).statusCode());
    Map<String, Map.Entry<String, Map<String, String>>> cases =
        Map.of(
            "a negative warning",
            Map.entry(EVENT + "/topics/1", lightning("-1:00", "")),
            "a warning below the danger",
            Map.entry(EVENT + "/topics/1", lightning("0:20", "0:40")),
            "a warning as long as the topic",
            Map.entry(EVENT + "/topics/1", lightning("6:00", "")),
            "a warning that is not a time",
            Map.entry(EVENT + "/topics/1", lightning("soon", "")),
            "an event's danger after a topic's own warning",
            Map.entry(EVENT, event("2:00", "", "1:30")),
            "an event's turn of no length",
            Map.entry(EVENT, event("0:00", "", "")));
    for (var each : cases.entrySet()) {
      HttpResponse<String> refused =
          organiser.post(each.getValue().getKey(), each.getValue().getValue());
      assertEquals(422, refused.statusCode(), each.getKey());
      assertTrue(refused.body().contains("class=\"field-error\""), each.getKey());
    }

    server.command("{\"type\":\"startTopic\",\"id\":1}");
    assertEquals(60_000, server.state().at("/thresholds/warningMs").asLong());
    assertEquals(0, server.state().at("/thresholds/dangerMs").asLong());
    assertEquals(300_000, server.state().at("/topic/budgetMs").asLong());
  }

  @Test
  void theOrganisersPages_showTheEventsPacingAndATopicsOwnWarning() {
    OrganiserClient organiser = OrganiserClient.organiser(server);
    organiser.post(EVENT, event("1:30", "3:00", ""));
    organiser.post(EVENT + "/topics/1", lightning("1:00", ""));

    String page = organiser.get(EVENT).body();

    assertTrue(
        page.contains("a speaker's turn 1:30 · warning at 3:00, danger at Gavel&#39;s"), page);
    assertTrue(page.contains("5 min (2 presenting) · 3 slides · warns at 1:00"), page);
    assertTrue(page.contains("name=\"turn\" type=\"text\" value=\"1:30\""), page);
  }

  @Test
  void theEventsPacing_travelsThroughGavelsJsonIntoAnotherEvent() {
    OrganiserClient organiser = OrganiserClient.organiser(server);
    organiser.post(EVENT, event("1:30", "3:00", "0:20"));
    organiser.post(EVENT + "/topics/1", lightning("1:00", ""));
    String exported = server.get("/api/events/lpc2015/gavel.json").body();

    HttpResponse<String> imported =
        server.post(
            "/api/events/import?event=lpc-copy",
            "application/json",
            exported.getBytes(StandardCharsets.UTF_8),
            TestServer.ORGANISER_SECRET);

    assertEquals(200, imported.statusCode(), imported.body());
    String copy = organiser.get("/organise/events/lpc-copy").body();
    assertTrue(copy.contains("a speaker's turn 1:30 · warning at 3:00, danger at 0:20"), copy);
    assertTrue(copy.contains("5 min (2 presenting) · 3 slides · warns at 1:00"), copy);
  }
}
