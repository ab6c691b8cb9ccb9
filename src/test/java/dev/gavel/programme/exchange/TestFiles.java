package dev.gavel.programme.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The test files of {@code src/test/resources/exchange/} and the published frab schema. */
final class TestFiles {

  private TestFiles() {}

  static byte[] bytes(String name) {
    return resource("/exchange/" + name);
  }

  /** The test files of {@code src/test/resources/corpus/}: real schedules (see its README). */
  static byte[] corpus(String name) {
    return resource("/corpus/" + name);
  }

  private static byte[] resource(String path) {
    try (InputStream in = TestFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test file " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The c3voc schema.json as published, which has comments in it: read with them allowed. */
  private static final Schema SCHEDULE_JSON =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6)
          .getSchema(withComments("/exchange/c3voc-schema.json"));

  private static com.fasterxml.jackson.databind.JsonNode withComments(String path) {
    try {
      return new ObjectMapper()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_COMMENTS)
          .readTree(resource(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with every error the validator finds when the JSON breaks the c3voc schema.json. */
  static void assertValidScheduleJson(String json) {
    try {
      List<Error> errors = SCHEDULE_JSON.validate(new ObjectMapper().readTree(json));
      if (!errors.isEmpty()) {
        throw new AssertionError("not valid against schema.json: " + errors + "\n" + json);
      }
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }

  /** Fails with the validator's message when the XML breaks frab's schedule.xml.xsd. */
  static void assertValidFrab(String xml) {
    try {
      URL xsd = TestFiles.class.getResource("/exchange/schedule.xml.xsd");
      var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new AssertionError(
          "not valid against schedule.xml.xsd: " + e.getMessage() + "\n" + xml, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
