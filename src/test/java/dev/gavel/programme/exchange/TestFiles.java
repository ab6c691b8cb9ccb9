package dev.gavel.programme.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The test files of {@code src/test/resources/exchange/} and the published frab schema. */
final class TestFiles {

  private TestFiles() {}

  static byte[] bytes(String name) {
    try (InputStream in = TestFiles.class.getResourceAsStream("/exchange/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with the validator's message when the XML breaks frab's schedule.xml.xsd. */
  static void assertValidFrab(String xml) {
    try {
      URL xsd = TestFiles.class.getResource("/exchange/schedule.xml.xsd");
      Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new AssertionError("not valid against schedule.xml.xsd: " + e.getMessage() + "\n" + xml, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
