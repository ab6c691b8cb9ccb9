package dev.gavel.programme;

import dev.gavel.room.Stakeholder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every place where the programme breaks one of the organiser's "no overlap" priorities: two topics
 * of the same category, or two topics asking for the same stakeholder, at the same time in two
 * rooms.
 */
public final class Clashes {

  private Clashes() {}

  /** A topic where and when it runs, as a clash names it. */
  public record Slot(String room, String topic, OffsetDateTime start, OffsetDateTime end) {}

  public record Clash(NoOverlap priority, Slot first, Slot second) {}

  /** Clashes in time order of the first topic, each pair once. */
  public static List<Clash> in(EventPlan plan) {
    List<Timetable.Slot> slots =
        Timetable.of(plan).stream().sorted(Comparator.comparing(Timetable.Slot::start)).toList();
    List<Clash> clashes = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      for (int j = i + 1; j < slots.size(); j++) {
        Timetable.Slot a = slots.get(i);
        Timetable.Slot b = slots.get(j);
        if (!b.start().isBefore(a.end())) {
          break; // sorted by start: nothing later can overlap a
        }
        if (a.room().equals(b.room()) || !a.overlaps(b)) {
          continue;
        }
        for (NoOverlap priority : plan.noOverlap()) {
          if (concerns(priority, a) && concerns(priority, b)) {
            clashes.add(new Clash(priority, slot(a), slot(b)));
          }
        }
      }
    }
    return clashes;
  }

  private static boolean concerns(NoOverlap priority, Timetable.Slot slot) {
    return switch (priority.kind()) {
      case CATEGORY -> priority.names(slot.topic().category());
      case STAKEHOLDER ->
          Stream.concat(
                  slot.topic().stakeholders().stream(), slot.session().stakeholders().stream())
              .filter(person -> person.state() != Stakeholder.State.DECLINED)
              .map(Stakeholder::name)
              .anyMatch(priority::names);
    };
  }

  private static Slot slot(Timetable.Slot slot) {
    return new Slot(slot.room().name(), slot.topic().title(), slot.start(), slot.end());
  }
}
