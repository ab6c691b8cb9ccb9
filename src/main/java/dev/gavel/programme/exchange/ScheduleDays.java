package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventSlug;
import dev.gavel.programme.Guids;
import dev.gavel.programme.Timetable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plan's scheduled topics as frab and pretalx lay them out, day by day and room by room, each
 * with the numeric id, the UUID guid and the unique slug those formats require. A topic keeps the
 * numeric id its file gave it; the others count on from the highest of those. Every room of the
 * plan is listed on every day, in the plan's order, so that a reader taking rooms in order of first
 * appearance sees them in the same order.
 */
record ScheduleDays(List<Day> days) {

  /** A topic as the schedule lists it. */
  record Event(Timetable.Slot slot, long id, String guid, String slug) {}

  /** A calendar day in the event's zone, from its first topic's start to its last one's end. */
  record Day(
      int index, LocalDate date, OffsetDateTime start, OffsetDateTime end, List<RoomDay> rooms) {}

  /** A room's topics on a day, perhaps none. */
  record RoomDay(RoomPlan room, List<Event> events) {}

  /**
   * The event's slug as the c3voc schemas take an acronym: at least four of {@code [a-z0-9_]}, so
   * dashes become underscores and a short slug is filled up with them ({@code bsd} → {@code bsd_},
   * {@code rc3-2020} → {@code rc3_2020}). Reading an acronym makes a slug of it, underscores back
   * to dashes and none at the ends: the same slug again.
   */
  static String acronym(String slug) {
    StringBuilder acronym = new StringBuilder(slug.replace('-', '_'));
    while (acronym.length() < 4) {
      acronym.append('_');
    }
    return acronym.toString();
  }

  /**
   * @param whenEmpty the date of the one empty day a plan with nothing scheduled gets: the schemas
   *     want a day, and dates for the schedule
   */
  static ScheduleDays of(EventPlan plan, LocalDate whenEmpty) {
    TreeMap<LocalDate, List<Event>> byDate = new TreeMap<>();
    List<Timetable.Slot> slots = Timetable.of(plan);
    Set<Long> kept = new HashSet<>();
    long next = 1;
    for (Timetable.Slot slot : slots) {
      Long number = slot.topic().listing().number();
      next = number != null && kept.add(number) ? Math.max(next, number + 1) : next;
    }
    Set<Long> used = new HashSet<>();
    for (Timetable.Slot slot : slots) {
      Long number = slot.topic().listing().number();
      long id = number != null && used.add(number) ? number : next++;
      String slug = acronym(plan.slug()) + "-" + talkSlug(id, slot.topic().title());
      Event event = new Event(slot, id, Guids.of(slot.key()), slug);
      LocalDate date = slot.start().atZoneSameInstant(plan.timeZone()).toLocalDate();
      byDate.computeIfAbsent(date, day -> new ArrayList<>()).add(event);
    }
    List<Day> days = new ArrayList<>();
    byDate.forEach(
        (date, events) -> {
          Map<String, List<Event>> bySlug = new LinkedHashMap<>();
          plan.rooms().forEach(room -> bySlug.put(room.slug(), new ArrayList<>()));
          events.sort(Comparator.comparing(event -> event.slot().start()));
          events.forEach(event -> bySlug.get(event.slot().room().slug()).add(event));
          List<RoomDay> rooms =
              plan.rooms().stream()
                  .map(room -> new RoomDay(room, List.copyOf(bySlug.get(room.slug()))))
                  .toList();
          OffsetDateTime start = events.getFirst().slot().start();
          OffsetDateTime end =
              events.stream()
                  .map(event -> event.slot().end())
                  .max(Comparator.naturalOrder())
                  .orElseThrow();
          days.add(new Day(days.size() + 1, date, start, end, rooms));
        });
    if (days.isEmpty()) {
      OffsetDateTime midnight = whenEmpty.atStartOfDay(plan.timeZone()).toOffsetDateTime();
      days.add(
          new Day(
              1,
              whenEmpty,
              midnight,
              midnight,
              plan.rooms().stream().map(room -> new RoomDay(room, List.of())).toList()));
    }
    return new ScheduleDays(List.copyOf(days));
  }

  /**
   * What follows the acronym in a topic's slug: its id and its title made a slug, at least four
   * characters as the schema wants ({@code 7} of an untitled-in-Latin topic → {@code talk-7}).
   */
  private static String talkSlug(long id, String title) {
    String slug = id + suffix(title);
    return slug.length() < 4 ? "talk-" + slug : slug;
  }

  private static String suffix(String title) {
    String slug = EventSlug.of(title);
    return slug.isEmpty() ? "" : "-" + slug;
  }
}
