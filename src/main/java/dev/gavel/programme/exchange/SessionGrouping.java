package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.EventSlug;
import dev.gavel.programme.Timetable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gavel's sessions (a moderated block in a room) made from one room's topics; the formats have no
 * such thing, so they are inferred the same way for every format.
 *
 * <ul>
 *   <li>Topics with a start that follow each other with a gap under 30 minutes form one session.
 *       Its title is the track all its topics share, else "Room, Thu 20 Aug 09:00" in the event's
 *       zone; it starts with its first topic and ends with its last; its key is {@code <room
 *       slug>@<start instant>}, so importing the same file again gives the same keys.
 *   <li>Topics whose file names their session (CSV) form that session, in file order, with that
 *       title: scheduled when its first topic has a start (keyed as above), else unscheduled and
 *       keyed {@code <room slug>/<session name as a slug>}.
 *   <li>Topics with neither a start nor a session form one unscheduled session titled after the
 *       room, without a key.
 * </ul>
 *
 * Scheduled sessions come first, by start; unscheduled ones follow in file order.
 */
final class SessionGrouping {

  /** A shorter gap is a changeover inside a session; a longer one is a break between sessions. */
  static final Duration BREAK = Duration.ofMinutes(30);

  private SessionGrouping() {}

  static List<SessionPlan> sessions(
      String roomName, String roomSlug, List<Item> entries, ZoneId zone) {
    Map<String, List<Item>> named = new LinkedHashMap<>();
    List<Item> timed = new ArrayList<>();
    List<Item> untimed = new ArrayList<>();
    for (Item entry : entries) {
      if (entry.session() != null) {
        named.computeIfAbsent(entry.session(), name -> new ArrayList<>()).add(entry);
      } else if (entry.topic().startsAt() != null) {
        timed.add(entry);
      } else {
        untimed.add(entry);
      }
    }
    List<SessionPlan> scheduled = new ArrayList<>();
    List<SessionPlan> unscheduled = new ArrayList<>();
    for (List<Item> run : runs(timed)) {
      scheduled.add(scheduled(roomName, roomSlug, null, topics(run), zone));
    }
    named.forEach(
        (name, run) -> {
          List<TopicPlan> topics = topics(run);
          if (topics.stream().noneMatch(topic -> topic.startsAt() != null)) {
            String slug = EventSlug.of(name);
            unscheduled.add(
                build(
                    roomName,
                    name,
                    slug.isEmpty() ? null : roomSlug + "/" + slug,
                    null,
                    null,
                    topics));
          } else {
            // a first topic without a start was given one already (PlanAssembly)
            scheduled.add(scheduled(roomName, roomSlug, name, topics, zone));
          }
        });
    if (!untimed.isEmpty()) {
      unscheduled.add(build(roomName, roomName, null, null, null, topics(untimed)));
    }
    scheduled.sort(Comparator.comparing(SessionPlan::startsAt));
    List<SessionPlan> sessions = new ArrayList<>(scheduled);
    sessions.addAll(unscheduled);
    return sessions;
  }

  /** Timed topics in order of start, cut wherever the gap after the one before reaches BREAK. */
  private static List<List<Item>> runs(List<Item> timed) {
    List<Item> sorted = new ArrayList<>(timed);
    sorted.sort(Comparator.comparing(entry -> entry.topic().startsAt()));
    List<List<Item>> runs = new ArrayList<>();
    OffsetDateTime runEnd = null;
    for (Item entry : sorted) {
      TopicPlan topic = entry.topic();
      if (runEnd == null || !topic.startsAt().isBefore(runEnd.plus(BREAK))) {
        runs.add(new ArrayList<>());
      }
      runs.getLast().add(entry);
      OffsetDateTime end = topic.startsAt().plus(topic.budget());
      runEnd = runEnd == null || end.isAfter(runEnd) ? end : runEnd;
    }
    return runs;
  }

  private static SessionPlan scheduled(
      String roomName, String roomSlug, String name, List<TopicPlan> topics, ZoneId zone) {
    OffsetDateTime start = topics.getFirst().startsAt();
    List<OffsetDateTime> starts = Timetable.starts(start, topics);
    OffsetDateTime end = start;
    for (int i = 0; i < topics.size(); i++) {
      OffsetDateTime topicEnd = starts.get(i).plus(topics.get(i).budget());
      end = topicEnd.isAfter(end) ? topicEnd : end;
    }
    String title = name != null ? name : title(roomName, start, topics, zone);
    // an end across a clock change is shown with the offset the zone has then, as starts are
    OffsetDateTime shownEnd = end.atZoneSameInstant(zone).toOffsetDateTime();
    return build(roomName, title, roomSlug + "@" + start.toInstant(), start, shownEnd, topics);
  }

  private static String title(
      String roomName, OffsetDateTime start, List<TopicPlan> topics, ZoneId zone) {
    String track = topics.getFirst().category();
    boolean shared =
        track != null && topics.stream().allMatch(topic -> Objects.equals(track, topic.category()));
    return shared ? track : roomName + ", " + Times.dayAndTime(start, zone);
  }

  private static SessionPlan build(
      String roomName,
      String title,
      String key,
      OffsetDateTime start,
      OffsetDateTime end,
      List<TopicPlan> topics) {
    try {
      return new SessionPlan(key, title, start, end, null, List.of(), topics);
    } catch (IllegalArgumentException e) {
      throw new ImportException(
          "session \"" + title + "\" in room \"" + roomName + "\": " + e.getMessage(), e);
    }
  }

  private static List<TopicPlan> topics(List<Item> entries) {
    return entries.stream().map(Item::topic).toList();
  }
}
