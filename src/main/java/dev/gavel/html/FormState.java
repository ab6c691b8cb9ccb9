package dev.gavel.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one form on a page shows: the values it was sent and, per field, what was wrong with them. A
 * form that was not sent shows its defaults. The id makes every element id on the page unique.
 *
 * @param errors field → message; the field "" holds messages about the whole form
 */
public record FormState(String id, Map<String, String> values, Map<String, String> errors) {

  /** The key of a message about the whole form rather than one field. */
  public static final String WHOLE_FORM = "";

  public FormState {
    values = Map.copyOf(values);
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  public static FormState blank(String id) {
    return new FormState(id, Map.of(), Map.of());
  }

  public boolean sent() {
    return !values.isEmpty() || !errors.isEmpty();
  }

  /** The value sent back, or the form's default when it was not sent. */
  public String value(String field, String otherwise) {
    return sent() ? values.getOrDefault(field, "") : (otherwise == null ? "" : otherwise);
  }

  public String error(String field) {
    return errors.get(field);
  }

  public String elementId(String field) {
    return id + "-" + field;
  }
}
