package dev.gavel.organise;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import java.time.ZoneId;
import java.util.Map;

/**
 * The event form: a new event has a slug; an existing one keeps its own (it is in every link).
 *
 * @param slug null when editing an event
 */
record EventForm(String slug, String title, int slideLimit, ZoneId timeZone) {

  static final int DEFAULT_SLIDE_LIMIT = 3;

  static Checked<EventForm> forNew(Map<String, String> form) {
    return check(form, true);
  }

  static Checked<EventForm> forEdit(Map<String, String> form) {
    return check(form, false);
  }

  private static Checked<EventForm> check(Map<String, String> form, boolean withSlug) {
    Check check = new Check(form);
    String slug = withSlug ? check.slug("slug", "The slug") : null;
    String title = check.text("title", "The title", true, 200);
    Integer slideLimit = check.number("slideLimit", "The slide limit", true, 1, 99);
    ZoneId zone = check.zone("timeZone", "The time zone");
    return Checked.of(check, () -> new EventForm(slug, title, slideLimit, zone));
  }
}
