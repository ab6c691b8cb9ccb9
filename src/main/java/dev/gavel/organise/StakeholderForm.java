package dev.gavel.organise;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import dev.gavel.room.Stakeholder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A stakeholder of a session or a topic, and the form that changes only their state. */
final class StakeholderForm {

  static final List<String> STATES =
      Arrays.stream(Stakeholder.State.values()).map(Stakeholder.State::wireName).toList();

  private StakeholderForm() {}

  static Checked<Stakeholder> check(Map<String, String> form) {
    Check check = new Check(form);
    String name = check.text("name", "The name", true, 100);
    String area = check.text("area", "The area", false, 100);
    String state = check.choice("state", "The state", STATES);
    return Checked.of(
        check, () -> new Stakeholder(name, area, Stakeholder.State.fromWireName(state)));
  }

  static Checked<Stakeholder.State> state(Map<String, String> form) {
    Check check = new Check(form);
    String state = check.choice("state", "The state", STATES);
    return Checked.of(check, () -> Stakeholder.State.fromWireName(state));
  }
}
