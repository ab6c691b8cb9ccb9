package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.testing.LiveClient;
import dev.gavel.testing.ServerTest;
import dev.gavel.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a phone reads when it joins a room after a long discussion: each line once, in the form its
 * page shows, and nothing it does not show. Thousands of phones read it at once when the room's
 * Wi-Fi comes back, so its size is what their wait is made of.
 */
class WatcherSnapshotTest extends ServerTest {

  private static final int LINES = 200;

  /**
   * What a shown line may add to its own words and writer's name: its position, time, topic and
   * version, and the markup its Markdown turns into (here a bold word and a link each).
   */
  private static final int PER_LINE = 192;

  /** The lines as written, by log position, then as corrected; struck ones are removed. */
  private final Map<Long, String> shown = new LinkedHashMap<>();

  private final List<String> takenBack = new ArrayList<>();

  @Test
  void aPhoneJoiningAfterTwoHundredLines_readsEachShownLineOnceAndLittleBeyondTheirWords() {
    writeTwoHundredLinesWithCorrectionsAndStrikes();

    try (LiveClient phone = server.viewer()) {
      JsonNode snapshot = phone.next("snapshot");
      JsonNode notes = snapshot.get("notes");
      String whole = snapshot.toString();

      assertEquals(shown.size(), notes.size());
      long words = 0;
      int index = 0;
      for (Map.Entry<Long, String> line : shown.entrySet()) {
        JsonNode note = notes.get(index++);
        assertEquals(line.getKey(), note.get("seq").asLong());
        assertFalse(note.has("text"), "a phone shows the HTML alone: " + note);
        assertFalse(note.has("struck"), "a phone is never sent a struck line: " + note);
        assertEquals(1, occurrences(whole, marker(line.getValue())), line.getValue());
        words += utf8(line.getValue()) + utf8(writer(line.getKey()));
      }
      for (String gone : takenBack) {
        assertEquals(0, occurrences(whole, marker(gone)), "taken back, yet sent: " + gone);
      }
      long bound = words + (long) PER_LINE * shown.size();
      assertTrue(
          utf8(notes.toString()) <= bound,
          "the lines take " + utf8(notes.toString()) + " bytes, more than " + bound);
    }
  }

  @Test
  void aNoteTakerJoiningAfterTheSameLines_stillGetsEachLineWholeToCorrectIt() {
    writeTwoHundredLinesWithCorrectionsAndStrikes();

    try (LiveClient writer = LiveClient.connect(server.socket(server.notesKey()))) {
      JsonNode notes = writer.next("snapshot").get("notes");

      assertEquals(LINES, notes.size(), "struck lines included, without their words");
      for (JsonNode note : notes) {
        String text = shown.get(note.get("seq").asLong());
        if (text == null) {
          assertTrue(note.get("struck").asBoolean(), note.toString());
          assertEquals("", note.get("text").asText());
        } else {
          assertEquals(text, note.get("text").asText());
          assertTrue(note.has("editedAt") && note.has("correctedBy"), note.toString());
        }
      }
    }
  }

  /**
   * Two hundred lines of differing lengths and writers, each with its own marker word, a bold word
   * and a link; every tenth corrected, every fifteenth struck.
   */
  private void writeTwoHundredLinesWithCorrectionsAndStrikes() {
    assertEquals(200, server.command("{\"type\":\"startTopic\"}").statusCode());
    for (int i = 1; i <= LINES; i++) {
      String text =
          "Line "
              + marker(i)
              + ": the VRF device keeps per-table FIB rules; **ask** about the l3mdev hooks"
              + " and [the RFC](https://example.org/rfc"
              + i
              + ")."
              + " Ça dépend du noyau.".repeat(i % 7);
      long seq =
          send("{\"type\":\"note\",\"text\":\"" + text + "\",\"by\":\"Writer " + i % 6 + "\"}");
      shown.put(seq, text);
    }
    List<Long> seqs = List.copyOf(shown.keySet());
    for (int i = 0; i < seqs.size(); i += 10) {
      long seq = seqs.get(i);
      String corrected = "Corrected " + marker(1000 + i) + ": the hooks are *l3mdev* ones.";
      send("{\"type\":\"correctNote\",\"note\":" + seq + ",\"text\":\"" + corrected + "\"}");
      takenBack.add(shown.put(seq, corrected));
    }
    for (int i = 7; i < seqs.size(); i += 15) {
      takenBack.add(shown.remove(seqs.get(i)));
    }
    for (int i = 7; i < seqs.size(); i += 15) {
      send("{\"type\":\"strikeNote\",\"note\":" + seqs.get(i) + "}");
    }
  }

  private long send(String command) {
    HttpResponse<String> answer = server.command(command, server.notesKey());
    assertEquals(200, answer.statusCode(), answer.body());
    return TestServer.json(answer.body()).get("seq").asLong();
  }

  private String writer(long seq) {
    return "Writer " + (seq - 1) % 6;
  }

  private static String marker(int number) {
    return "m" + number + "x";
  }

  /** The line's marker word, which no other line holds. */
  private static String marker(String line) {
    return line.substring(line.indexOf('m'), line.indexOf('x') + 1);
  }

  private static int occurrences(String text, String word) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      count++;
    }
    return count;
  }

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
