package dev.gavel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.SessionId;
import dev.gavel.room.TopicId;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The one configured JSON mapper: instants and durations as ISO-8601 text, ids as plain numbers and
 * slugs as plain strings, so stored events and wire messages read the same.
 */
public final class Json {

  private Json() {}

  public static ObjectMapper mapper() {
    SimpleModule ids = new SimpleModule("gavel-ids");
    numberId(ids, TopicId.class, TopicId::value, TopicId::new);
    numberId(ids, SessionId.class, SessionId::value, SessionId::new);
    ids.addSerializer(RoomSlug.class, text(RoomSlug::value));
    ids.addDeserializer(
        RoomSlug.class,
        new JsonDeserializer<>() {
          @Override
          public RoomSlug deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            return new RoomSlug(parser.getValueAsString());
          }
        });
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(ids)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    // A hostile message must not make the parser build huge numbers or deep trees.
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(40).build());
    return mapper;
  }

  private static <T> void numberId(
      SimpleModule module, Class<T> type, Function<T, Long> value, LongFunction<T> make) {
    module.addSerializer(
        type,
        new JsonSerializer<>() {
          @Override
          public void serialize(T id, JsonGenerator out, SerializerProvider provider)
              throws IOException {
            out.writeNumber(value.apply(id));
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<>() {
          @Override
          public T deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            return make.apply(parser.getValueAsLong());
          }
        });
  }

  private static <T> JsonSerializer<T> text(Function<T, String> value) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T item, JsonGenerator out, SerializerProvider provider)
          throws IOException {
        out.writeString(value.apply(item));
      }
    };
  }
}
