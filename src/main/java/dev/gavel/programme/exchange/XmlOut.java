package dev.gavel.programme.exchange;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indented XML document written with StAX, which escapes text and attributes; characters XML 1.0
 * cannot hold at all (most control characters) are dropped rather than written broken.
 */
final class XmlOut {

  private final StringWriter text = new StringWriter();
  private final XMLStreamWriter xml;
  private int depth;
  private boolean leafOnly;

  XmlOut() {
    try {
      xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JDK's XML writer is unavailable", e);
    }
  }

  /** Opens an element; {@code attributes} are name, value pairs, a null value left out. */
  XmlOut open(String name, String... attributes) {
    return run(
        () -> {
          indent();
          xml.writeStartElement(name);
          for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
              xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
          }
          depth++;
          leafOnly = true;
        });
  }

  XmlOut close() {
    return run(
        () -> {
          depth--;
          if (!leafOnly) {
            indent();
          }
          xml.writeEndElement();
          leafOnly = false;
        });
  }

  /** An element holding only text; null text gives an empty element. */
  XmlOut leaf(String name, String value) {
    return run(
        () -> {
          indent();
          if (value == null || value.isEmpty()) {
            xml.writeEmptyElement(name);
          } else {
            xml.writeStartElement(name);
            xml.writeCharacters(clean(value));
            xml.writeEndElement();
          }
          leafOnly = false;
        });
  }

  /** An element holding text, with one attribute left out when its value is null. */
  XmlOut leafWith(String name, String value, String attribute, String attributeValue) {
    return run(
        () -> {
          indent();
          xml.writeStartElement(name);
          if (attributeValue != null) {
            xml.writeAttribute(attribute, clean(attributeValue));
          }
          xml.writeCharacters(clean(value));
          xml.writeEndElement();
          leafOnly = false;
        });
  }

  String finish() {
    run(
        () -> {
          xml.writeCharacters("\n");
          xml.writeEndDocument();
          xml.close();
        });
    return text.toString();
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static String clean(String value) {
    StringBuilder kept = new StringBuilder(value.length());
    value
        .codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c != 0xFFFE && c != 0xFFFF))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private interface Step {
    void run() throws XMLStreamException;
  }

  private XmlOut run(Step step) {
    try {
      step.run();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory failed", e);
    }
  }
}
