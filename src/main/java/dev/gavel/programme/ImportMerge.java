package dev.gavel.programme;

import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.ImportChanges.RoomChange;
import dev.gavel.programme.ImportChanges.SessionChange;
import dev.gavel.programme.ImportChanges.TopicChange;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.Stakeholder;
import dev.gavel.room.Topic;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an imported plan merges into the programme stored for its event. Pure: it reads the stored
 * programme and says what to change ({@link ImportChanges}); the store writes that.
 *
 * <ul>
 *   <li>Rooms are matched by slug. A slug another event has gets this event's slug after it
 *       ("networking" → "networking-lpc2026"), and the notes say so.
 *   <li>Sessions are matched within their room by key, else (without a key) by title. A keyed
 *       session not found is looked for among the room's keyed sessions as the one holding most of
 *       its topics: the file moved it (its key comes from its start), and it takes the new key.
 *   <li>Topics are matched by key anywhere in the event (a topic may move to another session), else
 *       (without a key) by title within their session.
 *   <li>Each stored session and topic matches one of the plan's at most.
 *   <li>Nothing the organiser set is overwritten: the event's slide limit stays, topics the plan
 *       does not name stay after its own, and stakeholders listed already keep their area and their
 *       answer (the plan's new ones are added).
 * </ul>
 */
public final class ImportMerge {

  private final String eventSlug;
  private final Set<String> otherEventsRooms;
  private final Map<String, Programme.Room> roomsBefore = new HashMap<>();
  private final Map<String, Programme.Topic> keyedTopics = new HashMap<>();
  private final Map<String, Programme.Topic> byGuid = new HashMap<>();
  private final List<StoredSlot> storedSlots = new ArrayList<>();
  private final List<ImportResult.TopicOutcome> outcomes = new ArrayList<>();
  private final Map<TopicPlan, Long> matchedIds = new IdentityHashMap<>();
  private final Map<Long, Long> sessionOfTopic = new HashMap<>();
  private final Set<Long> claimedSessions = new HashSet<>();
  private final Set<Long> claimedTopics = new HashSet<>();
  private final Set<String> roomSlugs = new HashSet<>();
  private final Tally made = new Tally();
  private final Tally updated = new Tally();
  private final Tally unchanged = new Tally();
  private final List<String> notes = new ArrayList<>();

  private ImportMerge(String eventSlug, Programme before, Set<String> otherEventsRooms) {
    this.eventSlug = eventSlug;
    this.otherEventsRooms = otherEventsRooms;
    if (before != null) {
      for (Programme.Room room : before.rooms()) {
        roomsBefore.put(room.slug(), room);
        for (Programme.Session session : room.sessions()) {
          List<TopicPlan> plans = session.topics().stream().map(Programme::plan).toList();
          List<OffsetDateTime> starts =
              session.startsAt() == null ? null : Timetable.starts(session.startsAt(), plans);
          for (int i = 0; i < session.topics().size(); i++) {
            Programme.Topic topic = session.topics().get(i);
            sessionOfTopic.put(topic.id(), session.id());
            OffsetDateTime start = starts == null ? null : starts.get(i);
            if (start != null) {
              storedSlots.add(new StoredSlot(room, topic, start, start.plus(topic.budget())));
            }
            String key =
                topic.key() != null
                    ? topic.key()
                    : start == null ? null : room.slug() + "@" + start.toInstant();
            if (topic.key() != null) {
              keyedTopics.putIfAbsent(topic.key(), topic);
            }
            if (key != null) {
              byGuid.putIfAbsent(Guids.of(key), topic);
            }
          }
        }
      }
    }
  }

  /** A stored topic at its time in its room. */
  private record StoredSlot(
      Programme.Room room, Programme.Topic topic, OffsetDateTime start, OffsetDateTime end) {}

  /**
   * @param before the event's stored programme, or null when there is none yet
   * @param otherEventsRooms the slugs of every room of other events: addresses this event cannot
   *     have
   * @param publish whether a new event is published at once
   * @throws ProgrammeException when a room can have neither its slug nor the one made for it
   */
  public static ImportChanges of(
      Programme before, EventPlan plan, Set<String> otherEventsRooms, boolean publish) {
    ImportMerge merge = new ImportMerge(plan.slug(), before, otherEventsRooms);
    List<RoomChange> rooms = plan.rooms().stream().map(merge::room).toList();
    ImportResult result =
        new ImportResult(
            plan.slug(),
            before == null,
            merge.made.counts(),
            merge.updated.counts(),
            merge.unchanged.counts(),
            merge.notes,
            merge.outcomes,
            merge.clashes(plan, rooms));
    return new ImportChanges(plan, before == null, publish, rooms, result);
  }

  private RoomChange room(RoomPlan room) {
    String slug = new RoomSlug(room.slug()).value();
    if (otherEventsRooms.contains(slug)) {
      String own = EventSlug.of(slug + "-" + eventSlug);
      if (otherEventsRooms.contains(own)) {
        throw new ProgrammeException(
            null, "the room slugs " + slug + " and " + own + " both belong to other events");
      }
      notes.add(
          "room \""
              + room.name()
              + "\" is at /rooms/"
              + own
              + ": /rooms/"
              + slug
              + " belongs to another event");
      slug = own;
    }
    String address = slug;
    if (!roomSlugs.add(slug)) {
      throw new ProgrammeException(null, "two rooms of the file would both be at /rooms/" + slug);
    }
    Programme.Room old = roomsBefore.get(slug);
    List<Programme.Session> stored = old == null ? List.of() : old.sessions();
    List<SessionChange> sessions =
        room.sessions().stream().map(session -> session(address, stored, session)).toList();
    if (old == null) {
      made.rooms++;
      return new RoomChange(true, slug, room.name(), false, sessions);
    }
    boolean rename = !old.name().equals(room.name());
    (rename ? updated : unchanged).rooms++;
    return new RoomChange(false, slug, room.name(), rename, sessions);
  }

  private SessionChange session(
      String roomSlug, List<Programme.Session> stored, SessionPlan session) {
    Programme.Session old = null;
    boolean rekey = false;
    for (Programme.Session candidate : stored) {
      if (claimedSessions.contains(candidate.id())) {
        continue;
      }
      boolean same =
          session.key() != null
              ? session.key().equals(candidate.key())
              : candidate.key() == null && candidate.title().equals(session.title());
      if (same) {
        old = candidate;
        break;
      }
    }
    if (old == null && session.key() != null) {
      old = moved(stored, session);
      rekey = old != null;
    }
    Long id = old == null ? null : old.id();
    if (id != null) {
      claimedSessions.add(id);
    }
    List<TopicChange> topics =
        session.topics().stream().map(topic -> topic(roomSlug, id, stored, topic)).toList();
    if (old == null) {
      made.sessions++;
      return new SessionChange(null, session, false, true, session.stakeholders(), topics);
    }
    boolean same =
        old.title().equals(session.title())
            && Objects.equals(old.startsAt(), session.startsAt())
            && Objects.equals(old.endsAt(), session.endsAt())
            && Objects.equals(old.moderator(), session.moderator());
    List<Stakeholder> newPeople = newPeople(old.stakeholders(), session.stakeholders());
    (same && newPeople.isEmpty() ? unchanged : updated).sessions++;
    return new SessionChange(id, session, rekey, !same, newPeople, topics);
  }

  /**
   * The room's keyed session holding most of the plan session's keyed topics, the first of the
   * room's order among equals; null when it holds none.
   */
  private Programme.Session moved(List<Programme.Session> stored, SessionPlan session) {
    Set<String> keys = new HashSet<>();
    session.topics().stream().map(TopicPlan::key).filter(Objects::nonNull).forEach(keys::add);
    Programme.Session best = null;
    long most = 0;
    for (Programme.Session candidate : stored) {
      if (candidate.key() == null || claimedSessions.contains(candidate.id())) {
        continue;
      }
      long held = candidate.topics().stream().filter(t -> keys.contains(t.key())).count();
      if (held > most) {
        best = candidate;
        most = held;
      }
    }
    return best;
  }

  private TopicChange topic(
      String roomSlug, Long sessionId, List<Programme.Session> stored, TopicPlan topic) {
    Programme.Topic old = match(sessionId, stored, topic);
    if (old == null) {
      made.topics++;
      outcomes.add(
          outcome(ImportResult.Action.MADE, null, topic.key(), roomSlug, topic, List.of()));
      return new TopicChange(null, topic, false, true, topic.stakeholders());
    }
    claimedTopics.add(old.id());
    matchedIds.put(topic, old.id());
    // what this file leaves out of the topic's listing keeps what the store has
    TopicPlan merged = topic.listed(topic.listing().over(old.listing()));
    boolean move = sessionId == null || !sessionId.equals(sessionOfTopic.get(old.id()));
    List<String> changed = changes(old, merged);
    if (move) {
      changed.addFirst("session");
    }
    List<Stakeholder> newPeople = newPeople(old.stakeholders(), merged.stakeholders());
    if (!newPeople.isEmpty()) {
      changed.add("stakeholders");
    }
    boolean same = changed.isEmpty();
    (same ? unchanged : updated).topics++;
    outcomes.add(
        outcome(
            same ? ImportResult.Action.UNCHANGED : ImportResult.Action.UPDATED,
            old.id(),
            old.key() != null ? old.key() : merged.key(),
            roomSlug,
            merged,
            changed));
    boolean write = move || !changes(old, merged).isEmpty();
    return new TopicChange(old.id(), merged, move, write, newPeople);
  }

  private static ImportResult.TopicOutcome outcome(
      ImportResult.Action action,
      Long id,
      String key,
      String room,
      TopicPlan topic,
      List<String> changed) {
    return new ImportResult.TopicOutcome(
        action, id, key, topic.title(), room, topic.startsAt(), changed);
  }

  /**
   * The stored topic the plan's topic is: of the same key; else whose key's derived guid ({@link
   * Guids}) is this key, or whose key is this key's derived guid (an export of the one imported
   * into the event of the other); else, without a key, of the same title in its session.
   */
  private Programme.Topic match(Long sessionId, List<Programme.Session> stored, TopicPlan topic) {
    if (topic.key() != null) {
      for (Programme.Topic found :
          new Programme.Topic[] {
            keyedTopics.get(topic.key()),
            byGuid.get(topic.key()),
            keyedTopics.get(Guids.of(topic.key()))
          }) {
        if (found != null && !claimedTopics.contains(found.id())) {
          return found;
        }
      }
      return null;
    }
    if (sessionId == null) {
      return null;
    }
    return stored.stream()
        .filter(session -> session.id() == sessionId)
        .flatMap(session -> session.topics().stream())
        .filter(old -> old.key() == null && old.title().equals(topic.title()))
        .filter(old -> !claimedTopics.contains(old.id()))
        .findFirst()
        .orElse(null);
  }

  /** What differs between a stored topic and the plan's, by the names the answer uses. */
  private static List<String> changes(Programme.Topic old, TopicPlan topic) {
    List<String> changed = new ArrayList<>();
    if (!old.title().equals(topic.title())) {
      changed.add("title");
    }
    if (!Objects.equals(old.startsAt(), topic.startsAt()) || !old.budget().equals(topic.budget())) {
      changed.add("time");
    }
    if (!old.presenters().equals(topic.presenters())) {
      changed.add("presenters");
    }
    if (!Objects.equals(old.category(), topic.category())
        || !old.presentationBudget().equals(presentationBudget(topic))
        || !Objects.equals(old.slideLimit(), topic.slideLimit())
        || !Objects.equals(old.abstractText(), topic.abstractText())
        || !old.listing().equals(topic.listing())) {
      changed.add("details");
    }
    return changed;
  }

  /**
   * Two topics at one time in a room after the import: two of the file's, or one of the file's on a
   * stored one that the file does not name (and that therefore stays where it is).
   */
  private List<ImportResult.Clash> clashes(EventPlan plan, List<RoomChange> rooms) {
    List<ImportResult.Clash> clashes = new ArrayList<>();
    Map<RoomPlan, String> slugs = new IdentityHashMap<>();
    for (int i = 0; i < rooms.size(); i++) {
      slugs.put(plan.rooms().get(i), rooms.get(i).slug());
    }
    Map<String, List<Timetable.Slot>> byRoom = new HashMap<>();
    for (Timetable.Slot slot : Timetable.of(plan)) {
      byRoom.computeIfAbsent(slugs.get(slot.room()), room -> new ArrayList<>()).add(slot);
    }
    // Only the stored topics the file does not name can clash with it: a re-import of a big file
    // names them all, and so compares nothing with nothing rather than every slot with every one.
    Map<String, List<StoredSlot>> staying = new HashMap<>();
    for (StoredSlot stays : storedSlots) {
      if (!claimedTopics.contains(stays.topic().id())) {
        staying.computeIfAbsent(stays.room().slug(), room -> new ArrayList<>()).add(stays);
      }
    }
    for (RoomPlan room : plan.rooms()) {
      List<Timetable.Slot> slots = new ArrayList<>(byRoom.getOrDefault(slugs.get(room), List.of()));
      slots.sort(Comparator.comparing(Timetable.Slot::start));
      for (int i = 0; i < slots.size(); i++) {
        for (int j = i + 1;
            j < slots.size() && slots.get(j).start().isBefore(slots.get(i).end());
            j++) {
          clashes.add(
              new ImportResult.Clash(
                  slugs.get(room), room.name(), slot(slots.get(i)), slot(slots.get(j))));
        }
        for (StoredSlot stays : staying.getOrDefault(slugs.get(room), List.of())) {
          Timetable.Slot slot = slots.get(i);
          if (stays.start().isBefore(slot.end()) && slot.start().isBefore(stays.end())) {
            clashes.add(
                new ImportResult.Clash(
                    slugs.get(room),
                    room.name(),
                    slot(slot),
                    new ImportResult.Slot(
                        stays.topic().id(),
                        stays.topic().key(),
                        stays.topic().title(),
                        stays.start(),
                        stays.end(),
                        false)));
          }
        }
      }
    }
    return clashes;
  }

  private ImportResult.Slot slot(Timetable.Slot slot) {
    return new ImportResult.Slot(
        matchedIds.get(slot.topic()),
        slot.topic().key(),
        slot.topic().title(),
        slot.start(),
        slot.end(),
        true);
  }

  /** The topic's presentation budget as it is stored: its own, else the default share. */
  public static Duration presentationBudget(TopicPlan topic) {
    return topic.presentationBudget() != null
        ? topic.presentationBudget()
        : Topic.defaultPresentationBudget(topic.budget());
  }

  /**
   * The plan's stakeholders not listed yet. People listed already keep their area and their answer:
   * an older file must not turn a confirmed stakeholder back into a requested one.
   */
  private static List<Stakeholder> newPeople(
      Collection<Programme.Person> listed, List<Stakeholder> people) {
    Set<String> known = new HashSet<>();
    listed.forEach(person -> known.add(person.stakeholder().name()));
    return people.stream().filter(person -> !known.contains(person.name())).toList();
  }

  private static final class Tally {
    int rooms;
    int sessions;
    int topics;

    ImportResult.Tally counts() {
      return new ImportResult.Tally(rooms, sessions, topics);
    }
  }
}
