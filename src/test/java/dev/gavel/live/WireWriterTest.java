package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.json.Json;
import org.junit.jupiter.api.Test;

/** Every message names its own type, first, in the one way messages are written. */
class WireWriterTest {

  private final WireWriter wire = new WireWriter(Json.mapper());

  @Test
  void eachMessage_namesItsOwnTypeFirst() {
    assertEquals("{\"type\":\"ack\",\"id\":\"c1\",\"seq\":3}", wire.write(new Wire.Ack("c1", 3)));
    assertEquals(
        "{\"type\":\"refused\",\"id\":\"c2\",\"seq\":3,\"reason\":\"no\"}",
        wire.write(new Wire.Refused("c2", 3, "no")));
    assertEquals("{\"type\":\"error\",\"message\":\"what?\"}", wire.write(new Wire.Error("what?")));
    assertEquals("{\"type\":\"ping\",\"serverTime\":5}", wire.write(new Wire.Ping(5)));
    assertEquals(
        "{\"type\":\"pong\",\"t\":4,\"serverTime\":5}",
        wire.write(new Wire.Pong(Json.mapper().valueToTree(4), 5)));
  }

  @Test
  void anEventWithoutANote_saysSoWithNull() {
    assertEquals(
        "{\"type\":\"event\",\"seq\":1,\"event\":null,\"state\":null,\"note\":null,"
            + "\"by\":null}",
        wire.write(new Wire.Event(1, null, null, null, null)));
  }
}
