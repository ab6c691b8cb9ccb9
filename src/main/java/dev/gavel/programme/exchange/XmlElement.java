package dev.gavel.programme.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a small XML document read whole: enough of a tree for a schedule, without the DOM
 * and its entity handling.
 *
 * @param text the element's own text, its children's left out
 * @param line where it starts in the file
 */
record XmlElement(
    String name, Map<String, String> attributes, String text, List<XmlElement> children, int line) {

  XmlElement {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  Optional<XmlElement> child(String childName) {
    return Optional.ofNullable(first(childName));
  }

  List<XmlElement> children(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).toList();
  }

  /**
   * A child's text, or null when there is no such child. Looked up in a plain loop: a large
   * schedule asks this a few hundred thousand times, and a stream for each was most of what reading
   * one allocated.
   */
  String childText(String childName) {
    XmlElement child = first(childName);
    return child == null ? null : child.text;
  }

  private XmlElement first(String childName) {
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        return child;
      }
    }
    return null;
  }

  /** An attribute's value, or null. */
  String attribute(String attributeName) {
    return attributes.get(attributeName);
  }
}
