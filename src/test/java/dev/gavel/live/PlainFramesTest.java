package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gavel.testing.RawHttp;
import dev.gavel.testing.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * A room's events are encoded once and the same frame goes to every socket. A browser offers
 * per-message compression on every upgrade; accepting it would compress each event again for each
 * socket, so the upgrade declines it and the socket works as well without.
 */
class PlainFramesTest extends ServerTest {

  @Test
  void anUpgradeOfferingCompression_isAnsweredWithoutIt() {
    RawHttp.Answer upgrade =
        RawHttp.get(
            server.port(),
            "/rooms/networking/live",
            "Upgrade: websocket",
            "Connection: Upgrade",
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
            "Sec-WebSocket-Version: 13",
            "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits",
            "Origin: " + server.base());

    assertEquals(101, upgrade.status());
    assertNull(upgrade.header("Sec-WebSocket-Extensions"), upgrade.headers().toString());
  }
}
