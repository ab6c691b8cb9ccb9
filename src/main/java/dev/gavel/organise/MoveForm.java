package dev.gavel.organise;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import java.util.Map;

/** Where a topic goes within its session: 0-based; the store clamps it to the session's end. */
final class MoveForm {

  private MoveForm() {}

  static Checked<Integer> check(Map<String, String> form) {
    Check check = new Check(form);
    Integer to = check.number("to", "The new place", true, 0, 10_000);
    return Checked.of(check, () -> to);
  }
}
