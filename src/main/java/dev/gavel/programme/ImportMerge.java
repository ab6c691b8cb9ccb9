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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
          for (Programme.Topic topic : session.topics()) {
            sessionOfTopic.put(topic.id(), session.id());
            if (topic.key() != null) {
              keyedTopics.putIfAbsent(topic.key(), topic);
            }
          }
        }
      }
    }
  }

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
            merge.notes);
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
    if (!roomSlugs.add(slug)) {
      throw new ProgrammeException(null, "two rooms of the file would both be at /rooms/" + slug);
    }
    Programme.Room old = roomsBefore.get(slug);
    List<Programme.Session> stored = old == null ? List.of() : old.sessions();
    List<SessionChange> sessions =
        room.sessions().stream().map(session -> session(stored, session)).toList();
    if (old == null) {
      made.rooms++;
      return new RoomChange(true, slug, room.name(), false, sessions);
    }
    boolean rename = !old.name().equals(room.name());
    (rename ? updated : unchanged).rooms++;
    return new RoomChange(false, slug, room.name(), rename, sessions);
  }

  private SessionChange session(List<Programme.Session> stored, SessionPlan session) {
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
        session.topics().stream().map(topic -> topic(id, stored, topic)).toList();
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

  private TopicChange topic(Long sessionId, List<Programme.Session> stored, TopicPlan topic) {
    Programme.Topic old = match(sessionId, stored, topic);
    if (old == null) {
      made.topics++;
      return new TopicChange(null, topic, false, true, topic.stakeholders());
    }
    claimedTopics.add(old.id());
    boolean move = sessionId == null || !sessionId.equals(sessionOfTopic.get(old.id()));
    boolean same = !move && sameDetails(old, topic);
    List<Stakeholder> newPeople = newPeople(old.stakeholders(), topic.stakeholders());
    (same && newPeople.isEmpty() ? unchanged : updated).topics++;
    return new TopicChange(old.id(), topic, move, !same, newPeople);
  }

  private Programme.Topic match(Long sessionId, List<Programme.Session> stored, TopicPlan topic) {
    if (topic.key() != null) {
      Programme.Topic found = keyedTopics.get(topic.key());
      return found == null || claimedTopics.contains(found.id()) ? null : found;
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

  private static boolean sameDetails(Programme.Topic old, TopicPlan topic) {
    return old.title().equals(topic.title())
        && old.presenters().equals(topic.presenters())
        && Objects.equals(old.category(), topic.category())
        && old.budget().equals(topic.budget())
        && old.presentationBudget().equals(presentationBudget(topic))
        && Objects.equals(old.slideLimit(), topic.slideLimit())
        && Objects.equals(old.abstractText(), topic.abstractText())
        && Objects.equals(old.startsAt(), topic.startsAt());
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
