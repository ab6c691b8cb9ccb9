package dev.gavel.organise;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import dev.gavel.programme.NoOverlap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A no-overlap priority: a category or a stakeholder that must not be in two rooms at once. */
final class PriorityForm {

  static final List<String> KINDS =
      Arrays.stream(NoOverlap.Kind.values()).map(NoOverlap.Kind::wireName).toList();

  private PriorityForm() {}

  static Checked<NoOverlap> check(Map<String, String> form) {
    Check check = new Check(form);
    String kind = check.choice("kind", "The kind", KINDS);
    String name = check.text("name", "The name", true, 100);
    return Checked.of(check, () -> new NoOverlap(NoOverlap.Kind.fromWireName(kind), name));
  }
}
