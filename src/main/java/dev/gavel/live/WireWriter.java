package dev.gavel.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** The one way a wire message becomes text: once per message, however many sockets it goes to. */
final class WireWriter {

  private final ObjectWriter writer;

  WireWriter(ObjectMapper mapper) {
    this.writer = mapper.writerFor(Wire.class);
  }

  String write(Wire message) {
    try {
      return writer.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a wire message could not be written as JSON", e);
    }
  }
}
