package dev.gavel.programme.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The events of a frab schedule.xml as the file has them, read with the JDK's own DOM and XPath:
 * what a test checks Gavel's import against, without Gavel's reader.
 */
final class FileEvents {

  /** One {@code <event>}: its fields' text as the file has it ("" for an empty one). */
  record Event(
      String guid,
      String id,
      String title,
      String type,
      String room,
      String date,
      String start,
      String duration,
      String description,
      Map<String, String> persons) {}

  private final Document document;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  private FileEvents(Document document) {
    this.document = document;
  }

  static FileEvents of(byte[] xml) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return new FileEvents(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not XML: " + e.getMessage(), e);
    }
  }

  /** The text an XPath expression selects, such as the conference's time_zone_name. */
  String text(String expression) {
    try {
      return xpath.evaluate(expression, document);
    } catch (XPathExpressionException e) {
      throw new AssertionError(expression, e);
    }
  }

  /** Every {@code <event>} of every day and room, in file order. */
  List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (Element event : elements(document, "//event")) {
      Map<String, String> persons = new LinkedHashMap<>();
      for (Element person : elements(event, "persons/person")) {
        persons.put(person.getTextContent().strip(), person.getAttribute("id"));
      }
      events.add(
          new Event(
              event.getAttribute("guid"),
              event.getAttribute("id"),
              child(event, "title"),
              child(event, "type"),
              child(event, "room"),
              child(event, "date"),
              child(event, "start"),
              child(event, "duration"),
              child(event, "description"),
              persons));
    }
    return events;
  }

  private String child(Element event, String name) {
    try {
      return xpath.evaluate(name, event);
    } catch (XPathExpressionException e) {
      throw new AssertionError(name, e);
    }
  }

  private List<Element> elements(Object context, String expression) {
    try {
      NodeList nodes = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (XPathExpressionException e) {
      throw new AssertionError(expression, e);
    }
  }
}
