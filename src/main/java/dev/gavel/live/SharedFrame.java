package dev.gavel.live;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A wire message encoded once as UTF-8, outside the heap, to be sent to any number of sockets: each
 * send reads its own view of the same bytes, so a room of a thousand phones costs one encoding and
 * no copies.
 */
final class SharedFrame {

  private final ByteBuffer bytes;

  SharedFrame(byte[] utf8) {
    ByteBuffer direct = ByteBuffer.allocateDirect(utf8.length);
    direct.put(utf8).flip();
    this.bytes = direct.asReadOnlyBuffer();
  }

  /** A view of the bytes for one send: its own position, the same memory. */
  ByteBuffer payload() {
    return bytes.duplicate();
  }

  int size() {
    return bytes.remaining();
  }

  /** The message as text, for a page that embeds it. */
  String text() {
    return StandardCharsets.UTF_8.decode(payload()).toString();
  }
}
