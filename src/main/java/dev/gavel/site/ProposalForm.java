package dev.gavel.site;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import java.util.List;
import java.util.Map;

/** A topic proposed by anybody, for the organiser to review. */
record ProposalForm(String title, List<String> presenters, String abstractText, String category) {

  static final int MAX_PRESENTERS = 10;

  static Checked<ProposalForm> check(Map<String, String> form) {
    Check check = new Check(form);
    String title = check.text("title", "The title", true, 200);
    List<String> presenters = check.lines("presenters", "presenters", 100, MAX_PRESENTERS);
    if (presenters.isEmpty()) {
      check.fail("presenters", "At least one presenter is required: one name per line.");
    }
    String abstractText = check.paragraphs("abstract", "The abstract", false, 4000);
    String category = check.text("category", "The category", false, 100);
    return Checked.of(check, () -> new ProposalForm(title, presenters, abstractText, category));
  }
}
