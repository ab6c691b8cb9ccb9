package dev.gavel.organise;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import java.time.Duration;
import java.util.Map;

/** Accepting a proposal gives it its time budget; everything else comes from the proposal. */
final class AcceptForm {

  static final int DEFAULT_MINUTES = 15;

  private AcceptForm() {}

  static Checked<Duration> check(Map<String, String> form) {
    Check check = new Check(form);
    Integer minutes =
        check.number("budget", "The time budget in minutes", true, 1, TopicForm.MAX_MINUTES);
    return Checked.of(check, () -> Duration.ofMinutes(minutes));
  }
}
