package dev.gavel.programme.exchange;

import dev.gavel.programme.EventSlug;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rooms' slugs made from their names: {@link EventSlug#of}, {@code room-<n>} (its place, from 1)
 * when nothing is left of the name, and {@code -2}, {@code -3} … after a slug already taken, so
 * that two names such as "Hall A" and "Hall-A" stay two rooms.
 */
final class RoomSlugs {

  private RoomSlugs() {}

  /** The slug of each name, in the names' order. */
  static Map<String, String> of(List<String> names) {
    Map<String, String> slugs = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    int place = 0;
    for (String name : names) {
      place++;
      String base = EventSlug.of(name);
      if (base.isEmpty()) {
        base = "room-" + place;
      }
      String slug = base;
      for (int n = 2; taken.contains(slug); n++) {
        String suffix = "-" + n;
        slug = base.substring(0, Math.min(base.length(), 64 - suffix.length())) + suffix;
      }
      taken.add(slug);
      slugs.put(name, slug);
    }
    return slugs;
  }
}
