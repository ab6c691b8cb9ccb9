package dev.gavel.organise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A form's values, checked: either what to store, or field → message for each wrong field. Never
 * both, so nothing is stored when anything is wrong.
 */
record Checked<T>(T value, Map<String, String> errors) {

  Checked {
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    if ((value == null) == errors.isEmpty()) {
      throw new IllegalArgumentException(
          "a checked form has a value or errors, not both or neither");
    }
  }

  static <T> Checked<T> of(Check check, Supplier<T> value) {
    return check.errors().isEmpty()
        ? new Checked<>(value.get(), Map.of())
        : new Checked<>(null, check.errors());
  }

  boolean ok() {
    return errors.isEmpty();
  }
}
