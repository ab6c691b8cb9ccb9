package dev.gavel.site;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import java.util.Map;

/** An attendee saying they will be at a session, and what they know about, if they like. */
record SignUpForm(String name, String area) {

  static Checked<SignUpForm> check(Map<String, String> form) {
    Check check = new Check(form);
    String name = check.text("name", "Your name", true, 100);
    String area = check.text("area", "Your area", false, 100);
    return Checked.of(check, () -> new SignUpForm(name, area));
  }
}
