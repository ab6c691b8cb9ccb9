package dev.gavel.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** The one way a wire message is encoded: once per message, however many sockets it goes to. */
final class WireWriter {

  private final ObjectWriter writer;

  WireWriter(ObjectMapper mapper) {
    this.writer = mapper.writerFor(Wire.class);
  }

  SharedFrame frame(Wire message) {
    try {
      return new SharedFrame(writer.writeValueAsBytes(message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a wire message could not be written as JSON", e);
    }
  }
}
