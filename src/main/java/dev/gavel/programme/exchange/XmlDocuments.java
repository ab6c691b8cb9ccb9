package dev.gavel.programme.exchange;

import dev.gavel.programme.ImportPace;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an uploaded XML file into {@link XmlElement}s with the JDK's StAX parser, as hostile input:
 * a DOCTYPE is refused outright (no DTD is read, so no entity can expand or reach the file system
 * or the network) and nesting is bounded.
 */
final class XmlDocuments {

  private static final int MAX_DEPTH = 32;

  private XmlDocuments() {}

  /**
   * @param pace stood aside with at each element, while rooms are busy
   */
  static XmlElement parse(byte[] body, ImportPace pace) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
      return read(reader, pace);
    } catch (XMLStreamException e) {
      throw new ImportException("the XML is malformed" + at(e.getLocation()) + ": " + reason(e), e);
    } finally {
      close(reader);
    }
  }

  private static XmlElement read(XMLStreamReader reader, ImportPace pace)
      throws XMLStreamException {
    Deque<Open> open = new ArrayDeque<>();
    XmlElement root = null;
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.DTD ->
            throw new ImportException(
                "the file declares a DOCTYPE; Gavel does not read DTDs or external entities");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new ImportException(
                "the file refers to the entity &"
                    + reader.getLocalName()
                    + ";"
                    + at(reader.getLocation())
                    + "; Gavel does not read entities");
        case XMLStreamConstants.START_ELEMENT -> {
          if (open.size() == MAX_DEPTH) {
            throw new ImportException(
                "the XML nests elements more than "
                    + MAX_DEPTH
                    + " deep"
                    + at(reader.getLocation()));
          }
          Map<String, String> attributes = new HashMap<>();
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
          }
          open.push(
              new Open(reader.getLocalName(), attributes, reader.getLocation().getLineNumber()));
          pace.step();
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) {
            open.peek().text.append(reader.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlElement element = open.pop().close();
          if (open.isEmpty()) {
            root = element;
          } else {
            open.peek().children.add(element);
          }
        }
        default -> {
          // comments, processing instructions and the document's start and end carry no schedule
        }
      }
    }
    if (root == null) {
      throw new ImportException("the XML has no root element");
    }
    return root;
  }

  /** An element whose end tag has not come yet. */
  private record Open(
      String name,
      Map<String, String> attributes,
      int line,
      StringBuilder text,
      List<XmlElement> children) {
    Open(String name, Map<String, String> attributes, int line) {
      this(name, attributes, line, new StringBuilder(), new ArrayList<>());
    }

    XmlElement close() {
      return new XmlElement(name, attributes, text.toString(), children, line);
    }
  }

  private static String at(Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return "";
    }
    return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  /** The parser's message without the position it repeats ("ParseError at [row,col]…"). */
  private static String reason(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int index = message.indexOf("Message: ");
    return index >= 0 ? message.substring(index + "Message: ".length()).strip() : message.strip();
  }

  private static void close(XMLStreamReader reader) {
    if (reader == null) {
      return;
    }
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // the document is in memory; a failure to release the parser loses nothing
    }
  }
}
