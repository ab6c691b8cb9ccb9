package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rules of a whole programme that its records cannot check one by one: keys and slugs are
 * unique. Two topics at one time in a room are not refused: the import reports them as a clash.
 * Every broken rule is named.
 */
final class PlanChecks {

  private PlanChecks() {}

  static EventPlan check(EventPlan plan) {
    List<String> problems = new ArrayList<>();
    unique(plan.rooms(), RoomPlan::slug, RoomPlan::name, "rooms have the slug", problems);
    List<SessionPlan> sessions =
        plan.rooms().stream().flatMap(room -> room.sessions().stream()).toList();
    unique(plan.topics(), TopicPlan::key, TopicPlan::title, "topics have the key", problems);
    unique(sessions, SessionPlan::key, SessionPlan::title, "sessions have the key", problems);
    if (!problems.isEmpty()) {
      throw new ImportException(problems, null);
    }
    return plan;
  }

  private static <T> void unique(
      List<T> items,
      Function<T, String> key,
      Function<T, String> title,
      String what,
      List<String> problems) {
    Map<String, T> seen = new HashMap<>();
    for (T item : items) {
      String value = key.apply(item);
      if (value == null) {
        continue;
      }
      T earlier = seen.putIfAbsent(value, item);
      if (earlier != null) {
        problems.add(
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
}
