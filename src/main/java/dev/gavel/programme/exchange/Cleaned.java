package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.Listing;
import dev.gavel.room.ControlCharacters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text from another tool's file without the characters Gavel refuses when a person types them
 * (control characters, and in one-line text line breaks, tabs and direction overrides): the item is
 * taken, the characters are left out, and each field that had one is reported.
 */
final class Cleaned {

  private Cleaned() {}

  /**
   * @param what the field as the report names it, such as "its title"
   * @param shown the item as the report names it
   */
  static String line(String text, String what, String shown, List<Adjusted> adjusted) {
    return clean(text, false, what, shown, adjusted);
  }

  static String text(String text, String what, String shown, List<Adjusted> adjusted) {
    return clean(text, true, what, shown, adjusted);
  }

  /**
   * The listing with its one-line fields cleaned, its people's ids under their cleaned names.
   *
   * @param presenters the names as the file gave them, which the listing's ids are filed under
   */
  static Listing listing(
      Listing listing, List<String> presenters, String shown, List<Adjusted> adjusted) {
    Map<String, String> ids = new HashMap<>(listing.personIds());
    for (String name : presenters) {
      String id = ids.remove(name);
      String clean = ControlCharacters.strip(name, false);
      if (id != null && clean != null) {
        ids.put(clean, id);
      }
    }
    return new Listing(
        line(listing.subtitle(), "its subtitle", shown, adjusted),
        text(listing.description(), "its description", shown, adjusted),
        listing.language(),
        line(listing.type(), "its type", shown, adjusted),
        listing.url(),
        listing.links(),
        listing.number(),
        ids);
  }

  private static String clean(
      String text, boolean multiLine, String what, String shown, List<Adjusted> adjusted) {
    return ControlCharacters.find(text, multiLine)
        .map(
            problem -> {
              adjusted.add(
                  new Adjusted(
                      shown,
                      what + " " + problem,
                      multiLine
                          ? "taken without it"
                          : "taken without it (a line break or tab as a space)"));
              return ControlCharacters.strip(text, multiLine);
            })
        .orElse(text);
  }
}
