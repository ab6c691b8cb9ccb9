package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.EventSlug;
import dev.gavel.room.ControlCharacters;
import dev.gavel.room.CueTimes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns what a reader found into an {@link EventPlan}, the same way for every format. Lenient: an
 * item Gavel cannot take as it is gets an adjustment, which is reported.
 *
 * <ul>
 *   <li>Slug: the options', else the file's acronym or calendar name made a slug; when there is
 *       none, the import fails and says to pass {@code ?event=<slug>}.
 *   <li>Title: the options', else the file's, else the slug. Slide limit: 3. Zone: {@link
 *       ZoneChoice}.
 *   <li>Rooms: in the order the file declares them, then of first appearance; slugs by {@link
 *       RoomSlugs}. An item in no room goes to {@value #NO_ROOM}.
 *   <li>An item without a title is titled {@value #UNTITLED}. One without an end or a positive
 *       length runs until the next item in its room, for at most {@link #DEFAULT_BUDGET}; else for
 *       that long.
 *   <li>Keys: an item without an id gets {@code <room slug>@<start instant>} ({@code <room
 *       slug>/<title slug>} when unscheduled), so a re-import of the same file, or of Gavel's
 *       export of it, finds it again. An id used by an earlier item becomes {@code <id>#2}, {@code
 *       #3}, … in file order.
 *   <li>Sessions: by {@link SessionGrouping}. Then {@link PlanChecks}.
 * </ul>
 */
final class PlanAssembly {

  /** The event's slide limit on import; a topic's own limit is left empty so this one applies. */
  static final int SLIDE_LIMIT = 3;

  static final String NO_ROOM = "Unassigned";
  static final String UNTITLED = "Untitled";
  static final Duration DEFAULT_BUDGET = Duration.ofMinutes(30);

  private PlanAssembly() {}

  static Imported assemble(Draft draft, ImportOptions options) {
    String slug = slug(options.eventSlug(), draft.slugSource());
    String title = firstText(options.eventTitle(), draft.title(), slug);
    List<When> fixed = new ArrayList<>();
    boolean floating = false;
    for (Entry entry : draft.entries()) {
      When start = entry.fields().start();
      if (start != null && start.offset() != null) {
        fixed.add(start);
      }
      floating |= start != null && start.offset() == null;
    }
    ZoneChoice choice =
        ZoneChoice.of(options, slug, draft.zoneName(), draft.city(), fixed, floating);
    ZoneId zone = choice.zone();
    List<String> notes = new ArrayList<>(draft.notes());
    notes.addAll(choice.notes());
    List<Adjusted> adjusted = new ArrayList<>(draft.adjusted());
    List<Skipped> skipped = new ArrayList<>(draft.skipped());

    List<String> roomNames = roomNames(draft);
    Map<String, String> roomSlugs = RoomSlugs.of(roomNames);
    List<Item> items =
        startNamedSessions(items(draft.entries(), zone, roomSlugs, adjusted, skipped), adjusted);
    Map<String, List<Item>> byRoom = new LinkedHashMap<>();
    roomNames.forEach(name -> byRoom.put(name, new ArrayList<>()));
    items.forEach(item -> byRoom.get(item.room()).add(item));
    try {
      List<RoomPlan> rooms = new ArrayList<>();
      byRoom.forEach(
          (name, placed) -> {
            String roomSlug = roomSlugs.get(name);
            rooms.add(
                new RoomPlan(
                    roomSlug, name, SessionGrouping.sessions(name, roomSlug, placed, zone)));
          });
      EventPlan plan = new EventPlan(slug, title, SLIDE_LIMIT, zone, rooms, List.of());
      return new Imported(PlanChecks.check(plan), skipped, adjusted, notes);
    } catch (IllegalArgumentException e) {
      throw new ImportException("the programme is not valid: " + e.getMessage(), e);
    }
  }

  /** Each entry as a topic in its room, adjusted where the file leaves something out. */
  private static List<Item> items(
      List<Entry> entries,
      ZoneId zone,
      Map<String, String> roomSlugs,
      List<Adjusted> adjusted,
      List<Skipped> skipped) {
    Map<Entry, OffsetDateTime> starts = new HashMap<>();
    entries.forEach(
        entry -> {
          if (entry.fields().start() != null) {
            starts.put(entry, entry.fields().start().in(zone));
          }
        });
    Map<String, Integer> keysSeen = new HashMap<>();
    List<Item> items = new ArrayList<>();
    for (Entry entry : entries) {
      Entry.Fields fields = entry.fields();
      String shown = shown(entry);
      String room = roomOf(entry);
      if (entry.room() == null || entry.room().isBlank()) {
        adjusted.add(new Adjusted(shown, "it is in no room", "put in room \"" + NO_ROOM + "\""));
      }
      String title = Cleaned.line(fields.title(), "its title", shown, adjusted);
      if (title == null || title.isBlank()) {
        title = UNTITLED;
        adjusted.add(new Adjusted(shown, "it has no title", "titled \"" + UNTITLED + "\""));
      }
      OffsetDateTime start = starts.get(entry);
      Duration budget = fields.budget();
      if (budget == null) {
        budget = untilNext(entry, start, entries, starts);
        adjusted.add(
            new Adjusted(
                shown,
                "it has no end after its start",
                budget.equals(DEFAULT_BUDGET)
                    ? "given " + budget.toMinutes() + " minutes"
                    : "given " + budget.toMinutes() + " minutes, until the next item in its room"));
      }
      String key = fields.key();
      if (key == null) {
        key = derivedKey(roomSlugs.get(room), start, title);
      }
      int seen = keysSeen.merge(key, 1, Integer::sum);
      if (seen > 1) {
        String own = key + "#" + seen;
        adjusted.add(
            new Adjusted(
                shown, "its id " + key + " is an earlier item's too", "given the id " + own));
        key = own;
      }
      try {
        TopicPlan topic =
            new TopicPlan(
                key,
                title,
                fields.presenters().stream()
                    .map(name -> Cleaned.line(name, "a presenter's name", shown, adjusted))
                    .toList(),
                Cleaned.line(fields.category(), "its track", shown, adjusted),
                budget,
                null,
                null,
                Cleaned.text(fields.abstractText(), "its abstract", shown, adjusted),
                start,
                List.of(),
                Cleaned.listing(fields.listing(), fields.presenters(), shown, adjusted),
                CueTimes.NONE);
        items.add(new Item(room, entry.session(), topic, entry.where()));
      } catch (IllegalArgumentException e) {
        skipped.add(new Skipped(shown, e.getMessage()));
      }
    }
    return items;
  }

  /**
   * A session the file names whose first topics have no start while a later one has: its first
   * topic starts where the topics before the timed one would begin, back to back.
   */
  private static List<Item> startNamedSessions(List<Item> items, List<Adjusted> adjusted) {
    Map<List<String>, List<Integer>> sessions = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item.session() != null) {
        sessions
            .computeIfAbsent(List.of(item.room(), item.session()), key -> new ArrayList<>())
            .add(i);
      }
    }
    List<Item> started = new ArrayList<>(items);
    for (List<Integer> places : sessions.values()) {
      Item first = items.get(places.getFirst());
      Duration before = Duration.ZERO;
      for (int place : places) {
        TopicPlan topic = items.get(place).topic();
        if (topic.startsAt() != null) {
          if (place != places.getFirst()) {
            OffsetDateTime start = topic.startsAt().minus(before);
            started.set(places.getFirst(), first.startingAt(start));
            adjusted.add(
                new Adjusted(
                    first.topic().title() + " (" + first.where() + ")",
                    "it opens session \""
                        + first.session()
                        + "\" without a start, while a later topic of it has one",
                    "started at "
                        + Times.local(start, start.getOffset())
                        + ", so the session runs back to back to that topic"));
          }
          break;
        }
        before = before.plus(topic.budget());
      }
    }
    return started;
  }

  /**
   * Until the next item that starts later in the same room, if that is sooner than {@link
   * #DEFAULT_BUDGET}; else that long.
   */
  private static Duration untilNext(
      Entry entry, OffsetDateTime start, List<Entry> entries, Map<Entry, OffsetDateTime> starts) {
    if (start == null) {
      return DEFAULT_BUDGET;
    }
    Duration budget = DEFAULT_BUDGET;
    for (Entry other : entries) {
      OffsetDateTime next = starts.get(other);
      if (other != entry
          && next != null
          && next.isAfter(start)
          && Objects.equals(roomOf(other), roomOf(entry))) {
        Duration gap = Duration.between(start, next);
        budget = gap.compareTo(budget) < 0 ? gap : budget;
      }
    }
    return budget;
  }

  /** The key of an item the file gives no id: where and when it is, else where and what. */
  static String derivedKey(String roomSlug, OffsetDateTime start, String title) {
    if (start != null) {
      return roomSlug + "@" + start.toInstant();
    }
    String made = EventSlug.of(title);
    return roomSlug + "/" + (made.isEmpty() ? "untitled" : made);
  }

  private static String roomOf(Entry entry) {
    return entry.room() == null || entry.room().isBlank() ? NO_ROOM : entry.room().strip();
  }

  /**
   * "Title, 2026-09-18 12:30" as the file has them, without control characters (which the report
   * names on their own): how an item is named in a report.
   */
  static String shown(Entry entry) {
    String title = ControlCharacters.strip(entry.fields().title(), false);
    String named = title == null || title.isBlank() ? "an untitled item" : title.strip();
    When start = entry.fields().start();
    return start == null ? named + " (" + entry.where() + ")" : named + ", " + start.shown();
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

  static String firstText(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return null;
  }

  /** Declared rooms first, then rooms as they appear, then the room for items in none. */
  private static List<String> roomNames(Draft draft) {
    List<String> names = new ArrayList<>();
    if (draft.declaredRooms() != null) {
      draft.declaredRooms().stream().distinct().forEach(names::add);
    }
    draft.rooms().stream().filter(name -> !names.contains(name)).forEach(names::add);
    boolean roomless =
        draft.entries().stream().anyMatch(e -> e.room() == null || e.room().isBlank());
    if (roomless && !names.contains(NO_ROOM)) {
      names.add(NO_ROOM);
    }
    return names;
  }
}
