package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.json.Json;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every message names its own type, first, in the one way messages are written. */
class WireWriterTest {

  private final ObjectMapper mapper = Json.mapper();
  private final WireWriter wire = new WireWriter(mapper);

  @Test
  void eachMessage_namesItsOwnTypeFirst() {
    assertEquals(
        "{\"type\":\"ack\",\"id\":\"c1\",\"seq\":3}", wire.frame(new Wire.Ack("c1", 3)).text());
    assertEquals(
        "{\"type\":\"refused\",\"id\":\"c2\",\"seq\":3,\"reason\":\"no\"}",
        wire.frame(new Wire.Refused("c2", 3, "no")).text());
    assertEquals(
        "{\"type\":\"error\",\"message\":\"what?\"}", wire.frame(new Wire.Error("what?")).text());
    assertEquals(
        "{\"type\":\"pong\",\"t\":4,\"serverTime\":5}",
        wire.frame(new Wire.Pong(mapper.valueToTree(4), 5)).text());
  }

  @Test
  void anEventThatChangedNoStateAndWroteNoNote_carriesNeither() {
    assertEquals(
        "{\"type\":\"event\",\"seq\":1,\"event\":{\"type\":\"slideLimitReached\"}}",
        wire.frame(
                new Wire.Event(
                    1,
                    mapper.createObjectNode().put("type", "slideLimitReached"),
                    null,
                    null,
                    null))
            .text());
  }

  @Test
  void theSharedFrame_holdsExactlyTheBytesTheMapperWrites() throws Exception {
    Wire.Snapshot snapshot =
        new Wire.Snapshot(
            7,
            "Xq3-a_9ZbT0c",
            1_440_061_200_000L,
            "viewer",
            new Wire.RoomRef("networking", "Networking — Ballroom « B »", "http://gavel/rooms/x"),
            new Wire.Thresholds(120_000, 0),
            null,
            List.of(
                new Wire.NoteView(
                    5,
                    1L,
                    1L,
                    "Ünïcödé 🎤 **bold**",
                    "<p>Ünïcödé 🎤 <strong>bold</strong></p>",
                    false,
                    5,
                    null,
                    "Ana López",
                    null)),
            new Wire.CueView("wrap up", 1L));

    SharedFrame frame = wire.frame(snapshot);

    byte[] expected = mapper.writerFor(Wire.class).writeValueAsBytes(snapshot);
    ByteBuffer first = frame.payload();
    ByteBuffer second = frame.payload();
    byte[] read = new byte[first.remaining()];
    first.get(read);
    assertArrayEquals(expected, read);
    assertEquals(expected.length, frame.size());
    assertEquals(expected.length, second.remaining());
    assertEquals(mapper.readTree(expected), mapper.readTree(frame.text()));
  }
}
