package dev.gavel.programme.exchange;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * What a reader found in a file, before the options, rooms and sessions are applied.
 *
 * @param slugSource what the event's slug is made from (an acronym, a calendar's name), or null
 * @param title the event's title in the file, or null
 * @param timeZone the zone already resolved from the options and the file
 * @param declaredRooms the rooms the file lists up front, in its order, or null when it lists none
 * @param rooms every room in order of first appearance
 */
record Draft(
    String slugSource,
    String title,
    ZoneId timeZone,
    List<String> declaredRooms,
    List<String> rooms,
    List<Entry> entries,
    List<Skipped> skipped) {

  /** Collects a file's entries as a reader walks it. */
  static final class Builder {
    private final List<String> declared = new ArrayList<>();
    private boolean declares;
    private final SequencedSet<String> rooms = new LinkedHashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    /** A room the file lists up front; once any is listed, events elsewhere are errors. */
    void declareRoom(String name) {
      declares = true;
      declared.add(name);
    }

    /** A room the file uses, such as a {@code <room name>} in a day, even an empty one. */
    void room(String name) {
      rooms.add(name);
    }

    void add(Entry entry) {
      rooms.add(entry.room());
      entries.add(entry);
    }

    void skip(Skipped item) {
      skipped.add(item);
    }

    Draft build(String slugSource, String title, ZoneId zone) {
      return new Draft(
          slugSource,
          title,
          zone,
          declares ? List.copyOf(declared) : null,
          List.copyOf(rooms),
          List.copyOf(entries),
          List.copyOf(skipped));
    }
  }
}
