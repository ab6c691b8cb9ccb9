package dev.gavel.organise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one form on a page shows: the values it was sent and, per field, what was wrong with them. A
 * form that was not sent shows its defaults. The id makes every element id on the page unique.
 *
 * @param errors field → message; the field "" holds messages about the whole form
 */
record FormState(String id, Map<String, String> values, Map<String, String> errors) {

  /** The key of a message about the whole form rather than one field. */
  static final String WHOLE_FORM = "";

  FormState {
    values = Map.copyOf(values);
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  static FormState blank(String id) {
    return new FormState(id, Map.of(), Map.of());
  }

  boolean sent() {
    return !values.isEmpty() || !errors.isEmpty();
  }

  /** The value sent back, or the form's default when it was not sent. */
  String value(String field, String otherwise) {
    return sent() ? values.getOrDefault(field, "") : (otherwise == null ? "" : otherwise);
  }

  String error(String field) {
    return errors.get(field);
  }

  String elementId(String field) {
    return id + "-" + field;
  }
}
