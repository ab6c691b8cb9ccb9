package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import dev.gavel.testing.Viewers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sockets that come back where they left off, over real sockets against a real server: they are
 * sent what they missed and nothing else when the room still keeps it, and a snapshot, as a new
 * socket is, in every other case.
 */
class ResumeTest extends ServerTest {

  private static final String CUE = "wrap up, the room is restless";

  /** The test server's sockets may fall 64 messages behind: the room keeps the last 32 events. */
  private static final int KEPT = 32;

  /** Where a socket that read this snapshot or event left off, as a page names it. */
  private static String token(JsonNode snapshot, long seq) {
    return snapshot.get("stream").asText() + "." + seq;
  }

  private URI socket(String key, String resume) {
    String query =
        (key == null ? "" : "key=" + key + "&")
            + "resume="
            + URLEncoder.encode(resume, StandardCharsets.UTF_8);
    return URI.create(
        "ws://127.0.0.1:" + server.port() + "/rooms/" + TestServer.ROOM + "/live?" + query);
  }

  private long note(String text) {
    HttpResponse<String> answer = server.command("{\"type\":\"note\",\"text\":\"" + text + "\"}");
    assertEquals(200, answer.statusCode(), answer.body());
    return TestServer.json(answer.body()).get("seq").asLong();
  }

  /** A phone that read the room's snapshot and then lost its link. */
  private JsonNode snapshotOfAPhoneThatLeft() {
    try (LiveClient phone = server.viewer()) {
      return phone.next("snapshot");
    }
  }

  /** The next event reaches the socket right after what it was sent: nothing came between. */
  private void nextEventFollowsDirectly(LiveClient client, long seq) {
    long written = note("the line after");
    assertEquals(seq + 1, written);
    JsonNode next = client.next("event");
    assertEquals(written, next.get("seq").asLong());
    assertEquals("noteWritten", next.at("/event/type").asText());
  }

  @Test
  void aPhoneBackAfterFiveNotes_isToldResumedAndGetsExactlyThoseFiveInOrder() {
    server.command("{\"type\":\"startTopic\"}");
    JsonNode snapshot = snapshotOfAPhoneThatLeft();
    long left = snapshot.get("seq").asLong();
    List<Long> written = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      written.add(note("Point " + i + " while the phone was away"));
    }

    try (LiveClient phone = LiveClient.connect(socket(null, token(snapshot, left)))) {
      JsonNode resumed = phone.next("resumed");
      assertEquals(left, resumed.get("seq").asLong());
      assertEquals(snapshot.get("stream").asText(), resumed.get("stream").asText());
      assertTrue(resumed.get("serverTime").asLong() > 0);
      for (int i = 1; i <= 5; i++) {
        JsonNode event = phone.next("event");
        assertEquals(written.get(i - 1), event.get("seq").asLong());
        assertEquals(left + i, event.get("seq").asLong());
        assertEquals("Point " + i + " while the phone was away", event.at("/note/text").asText());
      }
      nextEventFollowsDirectly(phone, left + 5);
    }
  }

  @Test
  void aPhoneBackWithNothingMissed_isToldResumedAlone_andAResyncStillGetsASnapshot() {
    note("a line before");
    JsonNode snapshot = snapshotOfAPhoneThatLeft();
    long left = snapshot.get("seq").asLong();

    try (LiveClient phone = LiveClient.connect(socket(null, token(snapshot, left)))) {
      assertEquals(left, phone.next("resumed").get("seq").asLong());
      nextEventFollowsDirectly(phone, left);

      phone.send("{\"type\":\"resync\"}");
      JsonNode again = phone.next("snapshot");
      assertEquals(left + 1, again.get("seq").asLong());
      assertEquals(snapshot.get("stream").asText(), again.get("stream").asText());
    }
  }

  @Test
  void aTokenFromBeforeARestart_getsASnapshot() {
    note("a line before the restart");
    JsonNode snapshot = snapshotOfAPhoneThatLeft();
    long left = snapshot.get("seq").asLong();
    server = server.restart();

    try (LiveClient phone = LiveClient.connect(socket(null, token(snapshot, left)))) {
      JsonNode fresh = phone.next("snapshot");
      assertEquals(left, fresh.get("seq").asLong());
      assertNotEquals(snapshot.get("stream").asText(), fresh.get("stream").asText());
      nextEventFollowsDirectly(phone, left);
    }
  }

  @Test
  void aTokenFromBeforeTheProgrammeChanged_getsASnapshot() {
    note("a line before the room was renamed");
    JsonNode snapshot = snapshotOfAPhoneThatLeft();
    long left = snapshot.get("seq").asLong();
    HttpResponse<String> renamed =
        server.form(
            TestServer.ORGANISER_SECRET,
            "/organise/events/lpc2015/rooms/" + TestServer.ROOM,
            Map.of("name", "Networking track"));
    assertTrue(renamed.statusCode() < 400, renamed.body());

    try (LiveClient phone = LiveClient.connect(socket(null, token(snapshot, left)))) {
      JsonNode fresh = phone.next("snapshot");
      assertEquals("Networking track", fresh.at("/room/name").asText());
      assertNotEquals(snapshot.get("stream").asText(), fresh.get("stream").asText());
      nextEventFollowsDirectly(phone, left);
    }
  }

  @Test
  void aTokenOlderThanWhatIsKept_getsASnapshot_andOneAtTheOldestKeptResumes() {
    JsonNode snapshot = snapshotOfAPhoneThatLeft();
    long left = snapshot.get("seq").asLong();
    long last = 0;
    for (int i = 1; i <= KEPT + 8; i++) {
      last = note("line " + i);
    }
    long oldestKept = last - KEPT + 1;

    try (LiveClient tooOld = LiveClient.connect(socket(null, token(snapshot, left)));
        LiveClient justKept = LiveClient.connect(socket(null, token(snapshot, oldestKept - 1)));
        LiveClient justGone = LiveClient.connect(socket(null, token(snapshot, oldestKept - 2)))) {
      assertEquals(last, tooOld.next("snapshot").get("seq").asLong());
      assertEquals(last, justGone.next("snapshot").get("seq").asLong());
      assertEquals(oldestKept - 1, justKept.next("resumed").get("seq").asLong());
      for (long seq = oldestKept; seq <= last; seq++) {
        assertEquals(seq, justKept.next("event").get("seq").asLong());
      }
      nextEventFollowsDirectly(justKept, last);
    }
  }

  @Test
  void garbageTokens_getASnapshotAndTheSocketWorks() {
    note("a line before");
    JsonNode snapshot = snapshotOfAPhoneThatLeft();
    long seq = snapshot.get("seq").asLong();
    String stream = snapshot.get("stream").asText();
    List<String> garbage =
        List.of(
            "abc",
            "x.-1",
            stream + ".99999999",
            stream + "." + (seq + 1_000),
            stream + ".-1",
            stream + ".",
            "." + seq,
            stream + ".1e3",
            stream + "." + "9".repeat(40),
            stream + seq,
            "a".repeat(2_000),
            stream + "." + seq + "a".repeat(2_000));

    for (String token : garbage) {
      try (LiveClient phone = LiveClient.connect(socket(null, token))) {
        JsonNode fresh = phone.next("snapshot");
        assertEquals(stream, fresh.get("stream").asText(), token);
        long at = fresh.get("seq").asLong();
        nextEventFollowsDirectly(phone, at);
      }
    }
  }

  @Test
  void aViewerResumingAcrossAPrivateCue_getsWithheldAtItsSeq_andAModeratorTheCue() {
    JsonNode viewerSnapshot = snapshotOfAPhoneThatLeft();
    JsonNode moderatorSnapshot;
    try (LiveClient tablet = server.moderator()) {
      moderatorSnapshot = tablet.next("snapshot");
    }
    long left = viewerSnapshot.get("seq").asLong();
    assertEquals(left, moderatorSnapshot.get("seq").asLong());
    assertEquals(200, server.command("{\"type\":\"cue\",\"text\":\"" + CUE + "\"}").statusCode());
    note("a line after the cue");

    try (LiveClient phone = LiveClient.connect(socket(null, token(viewerSnapshot, left)));
        LiveClient tablet =
            LiveClient.connect(socket(server.moderatorKey(), token(moderatorSnapshot, left)))) {
      List<JsonNode> seen =
          List.of(phone.next("resumed"), phone.next("event"), phone.next("event"));
      assertEquals(left + 1, seen.get(1).get("seq").asLong());
      assertEquals("withheld", seen.get(1).at("/event/type").asText());
      assertEquals(left + 2, seen.get(2).get("seq").asLong());
      assertFalse(seen.toString().contains("wrap up"), seen.toString());

      tablet.next("resumed");
      JsonNode cue = tablet.next("event");
      assertEquals(left + 1, cue.get("seq").asLong());
      assertEquals("cueGiven", cue.at("/event/type").asText());
      assertEquals(CUE, cue.at("/event/text").asText());
      assertEquals(left + 2, tablet.next("event").get("seq").asLong());
      // Back in the room as after a snapshot: it hears who runs the room, itself among them.
      JsonNode presence = tablet.nextPresence();
      assertTrue(
          ids(presence.get("moderators")).contains(presence.get("you").asText()),
          presence.toString());
    }
  }

  @Test
  void aModeratorsCommandSentAsTheLinkDropped_andResentAfterResuming_takesEffectOnce()
      throws InterruptedException {
    server.command("{\"type\":\"startTopic\"}");
    LiveClient gone = server.moderator();
    JsonNode snapshot = gone.next("snapshot");
    long left = snapshot.get("seq").asLong();
    gone.command("m1", "{\"type\":\"note\",\"text\":\"said as the Wi-Fi dropped\"}");
    // The room took it; its answer went to a socket that is gone before it was read.
    assertTrue(Viewers.await(() -> server.state().get("seq").asLong() == left + 1, 10));
    gone.close();

    try (LiveClient tablet =
        LiveClient.connect(socket(server.moderatorKey(), token(snapshot, left)))) {
      assertEquals(left, tablet.next("resumed").get("seq").asLong());
      JsonNode missed = tablet.next("event");
      assertEquals(left + 1, missed.get("seq").asLong());
      assertEquals("said as the Wi-Fi dropped", missed.at("/note/text").asText());

      tablet.command("m1", "{\"type\":\"note\",\"text\":\"said as the Wi-Fi dropped\"}");
      JsonNode again = tablet.next("ack");
      assertEquals("m1", again.get("id").asText());
      assertEquals(left + 1, again.get("seq").asLong());
      assertEquals(left + 1, server.state().get("seq").asLong(), "no second line");
      nextEventFollowsDirectly(tablet, left + 1);
    }
  }

  @Test
  void aHundredPhonesBackAtOnce_areEachSentWhatTheyMissed_withNoGapAndNoneTwice()
      throws InterruptedException {
    note("a line before");
    URI live = server.socket(null);
    List<String> tokens = new ArrayList<>();
    try (Viewers phones = new Viewers(live)) {
      assertEquals(100, phones.open(100, 100, 10));
      assertTrue(Viewers.await(() -> phones.allAt(1), 10));
      for (int socket = 0; socket < phones.size(); socket++) {
        tokens.add(phones.resumeToken(socket));
      }
    }
    long last = 0;
    for (int i = 1; i <= 3; i++) {
      last = note("written while the Wi-Fi was down, " + i);
    }
    long position = last;

    try (Viewers phones = new Viewers(live)) {
      assertEquals(100, phones.openResuming(tokens, 100, 10));
      assertTrue(Viewers.await(() -> phones.allAt(position), 10));
      for (int socket = 0; socket < phones.size(); socket++) {
        assertEquals(1, phones.resumes(socket));
        assertEquals(0, phones.snapshots(socket));
        assertEquals(3, phones.events(socket));
      }
      assertEquals(0, phones.totalFaults());
    }
  }

  private static List<String> ids(JsonNode peers) {
    List<String> ids = new ArrayList<>();
    peers.forEach(peer -> ids.add(peer.get("id").asText()));
    return ids;
  }
}
