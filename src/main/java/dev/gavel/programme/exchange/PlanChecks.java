package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.Timetable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules of a whole programme that its records cannot check one by one, applied to every import
 * whatever its format: keys and slugs are unique, and no two topics share a room at a time.
 */
final class PlanChecks {

  private PlanChecks() {}

  static EventPlan check(EventPlan plan) {
    unique(plan.rooms(), RoomPlan::slug, RoomPlan::name, "rooms have the slug");
    List<SessionPlan> sessions =
        plan.rooms().stream().flatMap(room -> room.sessions().stream()).toList();
    unique(plan.topics(), TopicPlan::key, TopicPlan::title, "topics have the key");
    // before session keys: two sessions starting together in a room clash as an overlap first
    noOverlaps(plan);
    unique(sessions, SessionPlan::key, SessionPlan::title, "sessions have the key");
    return plan;
  }

  private static <T> void unique(
      List<T> items, Function<T, String> key, Function<T, String> title, String what) {
    Map<String, T> seen = new HashMap<>();
    for (T item : items) {
      String value = key.apply(item);
      if (value == null) {
        continue;
      }
      T earlier = seen.putIfAbsent(value, item);
      if (earlier != null) {
        throw new ImportException(
            "two "
                + what
                + " \""
                + value
                + "\": \""
                + title.apply(earlier)
                + "\" and \""
                + title.apply(item)
                + "\"");
      }
    }
  }

  private static void noOverlaps(EventPlan plan) {
    // rooms' slugs are unique by now; in file order, so the first clash is the one reported
    Map<String, List<Timetable.Slot>> byRoom = new LinkedHashMap<>();
    for (Timetable.Slot slot : Timetable.of(plan)) {
      byRoom.computeIfAbsent(slot.room().slug(), room -> new ArrayList<>()).add(slot);
    }
    byRoom.forEach(
        (roomSlug, slots) -> {
          slots.sort(Comparator.comparing(Timetable.Slot::start));
          Timetable.Slot latest = null;
          for (Timetable.Slot slot : slots) {
            if (latest != null && slot.start().isBefore(latest.end())) {
              throw new ImportException(
                  describe(latest, plan.timeZone())
                      + " and "
                      + describe(slot, plan.timeZone())
                      + " overlap in room \""
                      + slot.room().name()
                      + "\"");
            }
            if (latest == null || slot.end().isAfter(latest.end())) {
              latest = slot;
            }
          }
        });
  }

  private static String describe(Timetable.Slot slot, ZoneId zone) {
    return "\""
        + slot.topic().title()
        + "\" ("
        + Times.dayAndTime(slot.start(), zone)
        + "–"
        + Times.timeOfDay(slot.end(), zone)
        + ")";
  }
}
