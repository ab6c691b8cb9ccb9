package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.room.Crossing;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Two tablets on one room, over real sockets: each sees the other, hears of its actions, and a "+1
 * min" both give from the same state adds one minute. A command given up on never lands.
 */
class TwoModeratorsTest extends ServerTest {

  private static List<String> names(JsonNode peers) {
    return StreamSupport.stream(peers.spliterator(), false)
        .map(peer -> peer.get("name").asText())
        .toList();
  }

  private long allottedMs() {
    return server.state().at("/timer/allottedMs").asLong();
  }

  @Test
  void aSecondTablet_isShownToTheFirstAndNamedInItsActions() {
    try (LiveClient first = server.moderator()) {
      first.next("snapshot");
      assertEquals(List.of("Tablet 1"), names(first.nextPresence().get("moderators")));
      try (LiveClient second = server.moderator()) {
        second.next("snapshot");

        JsonNode seen = first.nextPresence();
        assertEquals(List.of("Tablet 1", "Tablet 2"), names(seen.get("moderators")));
        JsonNode own = second.nextPresence();
        String secondId = own.get("you").asText();

        second.command("s1", "{\"type\":\"startTopic\"}");
        JsonNode event = first.nextOf("event");
        assertEquals(secondId, event.at("/by/id").asText());
        assertEquals("Tablet 2", event.at("/by/name").asText());
      }
      JsonNode left = first.nextPresence();
      assertEquals(List.of("Tablet 1"), names(left.get("moderators")));
    }
  }

  @Test
  void aNoteTakersName_isWhatTheTabletsSee() {
    try (LiveClient tablet = server.moderator();
        LiveClient notes =
            LiveClient.connect(server.socket(server.notesKey() + "&name=Ana%20L%C3%B3pez"))) {
      tablet.next("snapshot");
      notes.next("snapshot");

      JsonNode presence = tablet.nextPresence();
      while (presence.get("noteTakers").isEmpty()) {
        presence = tablet.nextPresence();
      }
      assertEquals(List.of("Ana López"), names(presence.get("noteTakers")));
    }
  }

  @Test
  void twoTabletsTappingPlusOneMinuteAtOnce_addOneMinuteAndTheSecondIsTold() {
    try (LiveClient first = server.moderator();
        LiveClient second = server.moderator()) {
      first.next("snapshot");
      second.next("snapshot");
      first.command("start", "{\"type\":\"startTopic\"}");
      assertEquals(1, first.answer("start").get("seq").asLong());
      long before = allottedMs();

      // Both saw position 1; neither has seen the other's minute when it taps.
      first.command("a", "{\"type\":\"addTime\",\"seconds\":60,\"basedOn\":1}");
      second.command("b", "{\"type\":\"addTime\",\"seconds\":60,\"basedOn\":1}");

      JsonNode firstAnswer = first.answer("a");
      JsonNode secondAnswer = second.answer("b");
      assertEquals("ack", firstAnswer.get("type").asText());
      assertEquals("ack", secondAnswer.get("type").asText());
      // The two sockets race: whichever tap the server takes second is told who did it first.
      assertTrue(
          firstAnswer.has("alreadyDoneBy") != secondAnswer.has("alreadyDoneBy"),
          "exactly one tap is told it crossed the other: " + firstAnswer + " " + secondAnswer);
      assertEquals(
          firstAnswer.has("alreadyDoneBy") ? "Tablet 2" : "Tablet 1",
          (firstAnswer.has("alreadyDoneBy") ? firstAnswer : secondAnswer)
              .get("alreadyDoneBy")
              .asText());
      assertEquals(before + 60_000, allottedMs());
      assertEquals(2, server.state().get("seq").asLong());
    }
  }

  @Test
  void twoButtonBoxesCrossingOverTheApi_addOneMinute() {
    server.command("{\"type\":\"startTopic\"}");
    long before = allottedMs();

    HttpResponse<String> first =
        server.command("{\"type\":\"addTime\",\"seconds\":60,\"basedOn\":1}");
    HttpResponse<String> second =
        server.command("{\"type\":\"addTime\",\"seconds\":60,\"basedOn\":1}");

    assertEquals(200, first.statusCode());
    assertEquals(200, second.statusCode());
    assertEquals(true, server.json(second.body()).get("alreadyDone").asBoolean());
    assertEquals(before + 60_000, allottedMs());
  }

  @Test
  void aCommandGivenUpOn_thatArrivesAfterItsDeadline_neverLands() {
    try (LiveClient tablet = server.moderator()) {
      JsonNode snapshot = tablet.next("snapshot");
      tablet.command("start", "{\"type\":\"startTopic\"}");
      tablet.answer("start");
      long before = allottedMs();
      long deadline = snapshot.get("serverTime").asLong() - 1;

      tablet.command("late", "{\"type\":\"addTime\",\"seconds\":60,\"deadline\":" + deadline + "}");

      JsonNode answer = tablet.answer("late");
      assertEquals("refused", answer.get("type").asText());
      assertEquals(Crossing.TOO_LATE, answer.get("reason").asText());
      assertEquals(before, allottedMs());
      // Sent again after a reconnect with the same id, it is still refused, never applied.
      tablet.command("late", "{\"type\":\"addTime\",\"seconds\":60,\"deadline\":" + deadline + "}");
      assertEquals("refused", tablet.answer("late").get("type").asText());
      assertEquals(before, allottedMs());
    }
  }

  @Test
  void aBasisOnACommandThatIsNotAStep_isRefusedAsMalformed() {
    HttpResponse<String> answer = server.command("{\"type\":\"startTopic\",\"basedOn\":0}");

    assertEquals(400, answer.statusCode());
    assertEquals(
        "\"startTopic\" takes no field \"basedOn\"",
        server.json(answer.body()).get("error").asText());
  }
}
