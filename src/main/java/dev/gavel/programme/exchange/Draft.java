package dev.gavel.programme.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * What a reader found in a file, before the options, the zone, rooms and sessions are applied.
 *
 * @param slugSource what the event's slug is made from (an acronym, a calendar's name), or null
 * @param title the event's title in the file, or null
 * @param zoneName the zone the file names, or null
 * @param city the city the file names (pentabarf's {@code <city>}), or null: a hint at the zone
 * @param declaredRooms the rooms the file lists up front, in its order, or null when it lists none
 * @param rooms every room in order of first appearance
 */
record Draft(
    String slugSource,
    String title,
    String zoneName,
    String city,
    List<String> declaredRooms,
    List<String> rooms,
    List<Entry> entries,
    List<Skipped> skipped,
    List<Adjusted> adjusted,
    List<String> notes) {

  /** Collects a file's entries as a reader walks it. */
  static final class Builder {
    private final List<String> declared = new ArrayList<>();
    private boolean declares;
    private final SequencedSet<String> rooms = new LinkedHashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Adjusted> adjusted = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String city;

    /** A room the file lists up front; it gives the rooms' order. */
    void declareRoom(String name) {
      declares = true;
      declared.add(name);
    }

    /** A room the file uses, such as a {@code <room name>} in a day, even an empty one. */
    void room(String name) {
      if (name != null && !name.isBlank()) {
        rooms.add(name.strip());
      }
    }

    void add(Entry entry) {
      room(entry.room());
      entries.add(entry);
    }

    void skip(Skipped item) {
      skipped.add(item);
    }

    void adjust(Adjusted item) {
      adjusted.add(item);
    }

    void note(String note) {
      notes.add(note);
    }

    void city(String name) {
      city = name == null || name.isBlank() ? null : name.strip();
    }

    Draft build(String slugSource, String title, String zoneName) {
      return new Draft(
          slugSource,
          title,
          zoneName == null || zoneName.isBlank() ? null : zoneName.strip(),
          city,
          declares ? List.copyOf(declared) : null,
          List.copyOf(rooms),
          List.copyOf(entries),
          List.copyOf(skipped),
          List.copyOf(adjusted),
          List.copyOf(notes));
    }
  }
}
