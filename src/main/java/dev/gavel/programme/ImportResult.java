package dev.gavel.programme;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What importing a programme does, or would do in a dry run: how many rooms, sessions and topics it
 * makes, changes and finds already as the file has them (a second import of the same file makes and
 * changes nothing), each topic's fate, and the clashes it leaves in a room.
 *
 * @param event the event's slug
 * @param notes things a person should know, such as a room given another slug
 * @param topics every topic of the file, in its order, with what the import does to it
 * @param clashes two topics at one time in one room: in the file, or a topic of the file on top of
 *     one already in the room that the file does not name
 */
public record ImportResult(
    String event,
    boolean eventMade,
    Tally made,
    Tally updated,
    Tally unchanged,
    List<String> notes,
    List<TopicOutcome> topics,
    List<Clash> clashes) {

  public ImportResult {
    notes = List.copyOf(notes);
    topics = List.copyOf(topics);
    clashes = List.copyOf(clashes);
  }

  /** The same result with these notes after its own. */
  public ImportResult noted(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(more);
    return new ImportResult(event, eventMade, made, updated, unchanged, all, topics, clashes);
  }

  /**
   * The same result once written, each topic with its stored id.
   *
   * @param ids the ids of the file's topics, in the order of {@link #topics()}
   */
  public ImportResult written(List<Long> ids) {
    if (ids.size() != topics.size()) {
      throw new IllegalArgumentException(ids.size() + " ids for " + topics.size() + " topics");
    }
    Map<String, Long> byKey = new HashMap<>();
    List<TopicOutcome> stored = new ArrayList<>();
    for (int i = 0; i < topics.size(); i++) {
      TopicOutcome topic = topics.get(i);
      stored.add(
          new TopicOutcome(
              topic.action(),
              ids.get(i),
              topic.key(),
              topic.title(),
              topic.room(),
              topic.start(),
              topic.changed()));
      if (topic.key() != null) {
        byKey.put(topic.key(), ids.get(i));
      }
    }
    List<Clash> found =
        clashes.stream()
            .map(
                clash ->
                    new Clash(
                        clash.room(),
                        clash.roomName(),
                        clash.first().stored(byKey),
                        clash.second().stored(byKey)))
            .toList();
    return new ImportResult(event, eventMade, made, updated, unchanged, notes, stored, found);
  }

  public record Tally(int rooms, int sessions, int topics) {}

  /** What the import does to a topic. */
  public enum Action {
    MADE,
    UPDATED,
    UNCHANGED
  }

  /**
   * @param id the stored topic it updates, or null for one it makes
   * @param key its key in the file, as Gavel keeps it
   * @param room the slug of its room
   * @param changed for an updated topic, what changes: "title", "time", "presenters", "session",
   *     "details", "stakeholders"
   */
  public record TopicOutcome(
      Action action,
      Long id,
      String key,
      String title,
      String room,
      OffsetDateTime start,
      List<String> changed) {
    public TopicOutcome {
      changed = List.copyOf(changed);
    }
  }

  /**
   * Two topics at one time in one room.
   *
   * @param room the room's slug
   * @param roomName its name
   * @param first the earlier of the two (a topic of the file)
   * @param second the other: of the file too, or one already in the room
   */
  public record Clash(String room, String roomName, Slot first, Slot second) {}

  /**
   * A topic where a clash has it.
   *
   * @param id the stored topic, or null for one the import makes
   * @param key its key, or null
   * @param inFile whether the file names it; else it is already in the room and stays
   */
  public record Slot(
      Long id, String key, String title, OffsetDateTime start, OffsetDateTime end, boolean inFile) {

    /** The slot with the id its topic was stored under, when the import made it. */
    Slot stored(Map<String, Long> ids) {
      return id != null || !inFile || !ids.containsKey(key)
          ? this
          : new Slot(ids.get(key), key, title, start, end, true);
    }
  }
}
