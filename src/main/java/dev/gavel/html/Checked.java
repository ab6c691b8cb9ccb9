package dev.gavel.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A form's values, checked: either what to store, or field → message for each wrong field. Never
 * both, so nothing is stored when anything is wrong.
 */
public record Checked<T>(T value, Map<String, String> errors) {

  public Checked {
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    if ((value == null) == errors.isEmpty()) {
      throw new IllegalArgumentException(
          "a checked form has a value or errors, not both or neither");
    }
  }

  public static <T> Checked<T> of(Check check, Supplier<T> value) {
    return check.errors().isEmpty()
        ? new Checked<>(value.get(), Map.of())
        : new Checked<>(null, check.errors());
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
