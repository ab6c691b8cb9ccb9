package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventSlug;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a reader found into an {@link EventPlan}, the same way for every format.
 *
 * <ul>
 *   <li>Slug: the options', else the file's acronym or calendar name made a slug; when there is
 *       none, the import fails and says to pass {@code ?event=<slug>}.
 *   <li>Title: the options', else the file's, else the slug. Slide limit: 3.
 *   <li>Rooms: in the order the file declares them, else of first appearance; slugs by {@link
 *       RoomSlugs}. An event in a room the file does not declare is an error.
 *   <li>Sessions: by {@link SessionGrouping}. Then {@link PlanChecks}.
 * </ul>
 */
final class PlanAssembly {

  /** The event's slide limit on import; a topic's own limit is left empty so this one applies. */
  static final int SLIDE_LIMIT = 3;

  private PlanAssembly() {}

  static Imported assemble(Draft draft, ImportOptions options) {
    String slug = slug(draft, options);
    String title = firstText(options.eventTitle(), draft.title(), slug);
    List<String> roomNames = roomNames(draft);
    Map<String, String> roomSlugs = RoomSlugs.of(roomNames);
    Map<String, List<Entry>> byRoom = new LinkedHashMap<>();
    roomNames.forEach(name -> byRoom.put(name, new ArrayList<>()));
    draft.entries().forEach(entry -> byRoom.get(entry.room()).add(entry));
    List<RoomPlan> rooms = new ArrayList<>();
    byRoom.forEach(
        (name, entries) -> {
          String roomSlug = roomSlugs.get(name);
          rooms.add(
              new RoomPlan(
                  roomSlug,
                  name,
                  SessionGrouping.sessions(name, roomSlug, entries, draft.timeZone())));
        });
    try {
      EventPlan plan = new EventPlan(slug, title, SLIDE_LIMIT, draft.timeZone(), rooms, List.of());
      return new Imported(PlanChecks.check(plan), draft.skipped());
    } catch (IllegalArgumentException e) {
      throw new ImportException("the programme is not valid: " + e.getMessage(), e);
    }
  }

  /** The options' slug, else one made from what the file calls the event. */
  static String slug(String fromOptions, String source) {
    if (fromOptions != null && !fromOptions.isBlank()) {
      if (!EventSlug.isValid(fromOptions.strip())) {
        throw new ImportException(
            "the event's slug \""
                + fromOptions.strip()
                + "\" must be 1 to 64 lower-case letters, digits and dashes");
      }
      return fromOptions.strip();
    }
    String made = EventSlug.of(source);
    if (made.isEmpty()) {
      throw new ImportException(
          "the file does not name the event (no acronym or calendar name); pass ?event=<slug>");
    }
    return made;
  }

  private static String slug(Draft draft, ImportOptions options) {
    return slug(options.eventSlug(), draft.slugSource());
  }

  static String firstText(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return null;
  }

  /** Declared rooms first (and only those may hold events); else rooms as they appear. */
  private static List<String> roomNames(Draft draft) {
    if (draft.declaredRooms() == null) {
      return draft.rooms();
    }
    for (Entry entry : draft.entries()) {
      if (!draft.declaredRooms().contains(entry.room())) {
        throw new ImportException(
            entry.where()
                + " is in room \""
                + entry.room()
                + "\", which the file's list of rooms does not declare");
      }
    }
    List<String> names = new ArrayList<>(draft.declaredRooms().stream().distinct().toList());
    draft.rooms().stream().filter(name -> !names.contains(name)).forEach(names::add);
    return names;
  }
}
