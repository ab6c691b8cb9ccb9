package dev.gavel.store;

import static dev.gavel.store.schema.Tables.EVENT;
import static dev.gavel.store.schema.Tables.NO_OVERLAP;
import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.SESSION;
import static dev.gavel.store.schema.Tables.TOPIC;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventSlug;
import dev.gavel.programme.ImportResult;
import dev.gavel.programme.NoOverlap;
import dev.gavel.programme.Programme;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.Stakeholder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Brings an event's programme in line with a plan, inside the caller's transaction. Rooms are
 * matched by slug, sessions and topics by their key in the source file (or, without one, by title),
 * so importing the same file twice changes nothing. What the file does not mention stays: topics
 * added by hand, stakeholders who signed up, priorities set by the organiser.
 */
final class PlanImport {

  private final DSLContext dsl;
  private final Supplier<String> newSecret;
  private final Programme before;
  private final Map<Long, Programme.Session> sessionsBefore = new HashMap<>();
  private final Map<Long, Programme.Topic> topicsBefore = new HashMap<>();
  private final Map<Long, Long> sessionOfTopicBefore = new HashMap<>();
  private final Counter made = new Counter();
  private final Counter updated = new Counter();
  private final Counter unchanged = new Counter();
  private final List<String> notes = new ArrayList<>();

  private PlanImport(DSLContext dsl, Supplier<String> newSecret, Programme before) {
    this.dsl = dsl;
    this.newSecret = newSecret;
    this.before = before;
    if (before != null) {
      for (Programme.Room room : before.rooms()) {
        for (Programme.Session session : room.sessions()) {
          sessionsBefore.put(session.id(), session);
          for (Programme.Topic topic : session.topics()) {
            topicsBefore.put(topic.id(), topic);
            sessionOfTopicBefore.put(topic.id(), session.id());
          }
        }
      }
    }
  }

  static ImportResult run(
      DSLContext dsl, EventPlan plan, Supplier<String> newSecret, boolean published) {
    Programme before = ProgrammeReader.programme(dsl, plan.slug()).orElse(null);
    return new PlanImport(dsl, newSecret, before).apply(plan, published);
  }

  private ImportResult apply(EventPlan plan, boolean published) {
    long eventId = event(plan, published);
    for (NoOverlap priority : plan.noOverlap()) {
      dsl.insertInto(NO_OVERLAP)
          .set(NO_OVERLAP.EVENT_ID, eventId)
          .set(NO_OVERLAP.KIND, priority.kind().wireName())
          .set(NO_OVERLAP.NAME, priority.name())
          .onConflictDoNothing()
          .execute();
    }
    for (EventPlan.RoomPlan room : plan.rooms()) {
      long roomId = room(eventId, plan.slug(), room);
      for (EventPlan.SessionPlan session : room.sessions()) {
        long sessionId = session(roomId, session);
        List<Long> order = new ArrayList<>();
        for (EventPlan.TopicPlan topic : session.topics()) {
          order.add(topic(eventId, sessionId, topic));
        }
        ProgrammeRows.orderTopics(dsl, sessionId, order);
      }
    }
    return new ImportResult(
        plan.slug(), before == null, made.tally(), updated.tally(), unchanged.tally(), notes);
  }

  private long event(EventPlan plan, boolean published) {
    if (before == null) {
      return dsl.insertInto(EVENT)
          .set(EVENT.SLUG, plan.slug())
          .set(EVENT.TITLE, plan.title())
          .set(EVENT.SLIDE_LIMIT, (long) plan.slideLimit())
          .set(EVENT.TIME_ZONE, plan.timeZone().getId())
          .set(EVENT.PUBLISHED, published ? 1L : 0L)
          .returning(EVENT.ID)
          .fetchOne(EVENT.ID);
    }
    // The slide limit is the organiser's rule, which schedule files do not carry: it stays.
    dsl.update(EVENT)
        .set(EVENT.TITLE, plan.title())
        .set(EVENT.TIME_ZONE, plan.timeZone().getId())
        .where(EVENT.SLUG.eq(plan.slug()))
        .execute();
    return dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq(plan.slug())).fetchOne(EVENT.ID);
  }

  /**
   * Room slugs are the rooms' addresses, unique on the server: a slug another event already has
   * gets this event's slug after it ("networking" → "networking-lpc2026").
   */
  private long room(long eventId, String eventSlug, EventPlan.RoomPlan room) {
    String slug = new RoomSlug(room.slug()).value();
    var owner =
        dsl.select(ROOM.ID, ROOM.EVENT_ID, ROOM.NAME)
            .from(ROOM)
            .where(ROOM.SLUG.eq(slug))
            .fetchOne();
    if (owner != null && owner.value2() != eventId) {
      String own = EventSlug.of(slug + "-" + eventSlug);
      notes.add(
          "room \""
              + room.name()
              + "\" is at /rooms/"
              + own
              + ": /rooms/"
              + slug
              + " belongs to another event");
      slug = own;
      owner =
          dsl.select(ROOM.ID, ROOM.EVENT_ID, ROOM.NAME)
              .from(ROOM)
              .where(ROOM.SLUG.eq(slug))
              .fetchOne();
      if (owner != null && owner.value2() != eventId) {
        throw new ProgrammeException(
            null,
            "the room slugs " + room.slug() + " and " + slug + " both belong to other events");
      }
    }
    if (owner == null) {
      made.rooms++;
      return ProgrammeRows.insertRoom(dsl, eventId, slug, room.name(), newSecret);
    }
    if (owner.value3().equals(room.name())) {
      unchanged.rooms++;
    } else {
      dsl.update(ROOM).set(ROOM.NAME, room.name()).where(ROOM.ID.eq(owner.value1())).execute();
      updated.rooms++;
    }
    return owner.value1();
  }

  private long session(long roomId, EventPlan.SessionPlan session) {
    var match = dsl.select(SESSION.ID).from(SESSION).where(SESSION.ROOM_ID.eq(roomId));
    Long id =
        session.key() != null
            ? match.and(SESSION.SOURCE_KEY.eq(session.key())).fetchOne(SESSION.ID)
            : match
                .and(SESSION.SOURCE_KEY.isNull())
                .and(SESSION.TITLE.eq(session.title()))
                .limit(1)
                .fetchOne(SESSION.ID);
    if (id == null && session.key() != null) {
      id = movedSession(roomId, session);
    }
    if (id == null) {
      id = ProgrammeRows.insertSession(dsl, roomId, session);
      putPeople(id, null, session.stakeholders());
      made.sessions++;
      return id;
    }
    Programme.Session old = sessionsBefore.get(id);
    boolean same =
        old != null
            && old.title().equals(session.title())
            && Objects.equals(old.startsAt(), session.startsAt())
            && Objects.equals(old.endsAt(), session.endsAt())
            && Objects.equals(old.moderator(), session.moderator());
    if (!same) {
      ProgrammeRows.updateSession(dsl, id, session);
    }
    boolean peopleChanged = putPeople(id, null, session.stakeholders());
    count(same && !peopleChanged, Kind.SESSION);
    return id;
  }

  /**
   * A session whose key (made from its start) changed because the file moved it: the session of the
   * room that holds its topics already. It takes the new key, so nothing is left behind empty.
   */
  private Long movedSession(long roomId, EventPlan.SessionPlan session) {
    List<String> keys =
        session.topics().stream().map(EventPlan.TopicPlan::key).filter(Objects::nonNull).toList();
    if (keys.isEmpty()) {
      return null;
    }
    Long id =
        dsl.select(TOPIC.SESSION_ID)
            .from(TOPIC)
            .join(SESSION)
            .on(SESSION.ID.eq(TOPIC.SESSION_ID))
            .where(SESSION.ROOM_ID.eq(roomId))
            .and(SESSION.SOURCE_KEY.isNotNull())
            .and(TOPIC.SOURCE_KEY.in(keys))
            .groupBy(TOPIC.SESSION_ID)
            .orderBy(org.jooq.impl.DSL.count().desc())
            .limit(1)
            .fetchOne(TOPIC.SESSION_ID);
    if (id != null) {
      dsl.update(SESSION).set(SESSION.SOURCE_KEY, session.key()).where(SESSION.ID.eq(id)).execute();
    }
    return id;
  }

  private long topic(long eventId, long sessionId, EventPlan.TopicPlan topic) {
    Long id =
        topic.key() != null
            ? dsl.select(TOPIC.ID)
                .from(TOPIC)
                .join(SESSION)
                .on(SESSION.ID.eq(TOPIC.SESSION_ID))
                .join(ROOM)
                .on(ROOM.ID.eq(SESSION.ROOM_ID))
                .where(ROOM.EVENT_ID.eq(eventId).and(TOPIC.SOURCE_KEY.eq(topic.key())))
                .limit(1)
                .fetchOne(TOPIC.ID)
            : dsl.select(TOPIC.ID)
                .from(TOPIC)
                .where(TOPIC.SESSION_ID.eq(sessionId))
                .and(TOPIC.SOURCE_KEY.isNull())
                .and(TOPIC.TITLE.eq(topic.title()))
                .limit(1)
                .fetchOne(TOPIC.ID);
    if (id == null) {
      id = ProgrammeRows.insertTopic(dsl, sessionId, topic);
      putPeople(null, id, topic.stakeholders());
      made.topics++;
      return id;
    }
    Programme.Topic old = topicsBefore.get(id);
    boolean moved = !Objects.equals(sessionOfTopicBefore.get(id), sessionId);
    if (moved) {
      dsl.update(TOPIC)
          .set(TOPIC.SESSION_ID, sessionId)
          .set(TOPIC.POSITION, Long.MAX_VALUE / 2 - id)
          .where(TOPIC.ID.eq(id))
          .execute();
    }
    boolean same = !moved && old != null && sameDetails(old, topic);
    if (!same) {
      ProgrammeRows.updateTopic(dsl, id, topic);
    }
    boolean peopleChanged = putPeople(null, id, topic.stakeholders());
    count(same && !peopleChanged, Kind.TOPIC);
    return id;
  }

  private static boolean sameDetails(Programme.Topic old, EventPlan.TopicPlan topic) {
    return old.title().equals(topic.title())
        && old.presenters().equals(topic.presenters())
        && Objects.equals(old.category(), topic.category())
        && old.budget().equals(topic.budget())
        && old.presentationBudget().equals(ProgrammeRows.presentation(topic))
        && Objects.equals(old.slideLimit(), topic.slideLimit())
        && Objects.equals(old.abstractText(), topic.abstractText())
        && Objects.equals(old.startsAt(), topic.startsAt());
  }

  /**
   * @return whether any stakeholder was added or changed
   */
  /**
   * Adds the file's stakeholders who are not listed yet. People listed already keep their area and
   * their answer: an older file must not turn a confirmed stakeholder back into a requested one.
   *
   * @return whether anybody was added
   */
  private boolean putPeople(Long sessionId, Long topicId, List<Stakeholder> people) {
    List<String> known =
        (sessionId != null
                ? java.util.Optional.ofNullable(sessionsBefore.get(sessionId))
                    .map(Programme.Session::stakeholders)
                : java.util.Optional.ofNullable(topicsBefore.get(topicId))
                    .map(Programme.Topic::stakeholders))
            .orElse(List.of()).stream().map(person -> person.stakeholder().name()).toList();
    boolean changed = false;
    for (Stakeholder person : people) {
      if (!known.contains(person.name())) {
        ProgrammeRows.addStakeholder(dsl, sessionId, topicId, person, false);
        changed = true;
      }
    }
    return changed;
  }

  private enum Kind {
    SESSION,
    TOPIC
  }

  private void count(boolean same, Kind kind) {
    Counter counter = same ? unchanged : updated;
    switch (kind) {
      case SESSION -> counter.sessions++;
      case TOPIC -> counter.topics++;
    }
  }

  private static final class Counter {
    int rooms;
    int sessions;
    int topics;

    ImportResult.Tally tally() {
      return new ImportResult.Tally(rooms, sessions, topics);
    }
  }
}
