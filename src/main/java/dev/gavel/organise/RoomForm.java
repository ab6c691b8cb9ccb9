package dev.gavel.organise;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import java.util.Map;

/** A room: a new one has a slug (its address on the projector); a renamed one keeps it. */
record RoomForm(String slug, String name) {

  static Checked<RoomForm> forNew(Map<String, String> form) {
    Check check = new Check(form);
    String slug = check.slug("slug", "The room's slug");
    String name = check.text("name", "The room's name", true, 100);
    return Checked.of(check, () -> new RoomForm(slug, name));
  }

  static Checked<RoomForm> forRename(Map<String, String> form) {
    Check check = new Check(form);
    String name = check.text("name", "The room's name", true, 100);
    return Checked.of(check, () -> new RoomForm(null, name));
  }
}
