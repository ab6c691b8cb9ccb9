package dev.gavel.store;

import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.SESSION;
import static dev.gavel.store.schema.Tables.STAKEHOLDER;
import static dev.gavel.store.schema.Tables.TOPIC;
import static dev.gavel.store.schema.Tables.TOPIC_LINK;
import static dev.gavel.store.schema.Tables.TOPIC_PRESENTER;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.ImportMerge;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Stakeholder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** The row-level writes that creating, importing and editing a programme share. */
final class ProgrammeRows {

  private ProgrammeRows() {}

  static long insertRoom(
      DSLContext dsl, long eventId, String slug, String name, Supplier<String> newSecret) {
    return dsl.insertInto(ROOM)
        .set(ROOM.EVENT_ID, eventId)
        .set(ROOM.SLUG, slug)
        .set(ROOM.NAME, name)
        .set(ROOM.MODERATOR_SECRET, newSecret.get())
        .set(ROOM.NOTES_SECRET, newSecret.get())
        .returning(ROOM.ID)
        .fetchOne(ROOM.ID);
  }

  /** Adds a session after the room's others, then puts the room's sessions in time order. */
  static long insertSession(DSLContext dsl, long roomId, EventPlan.SessionPlan session) {
    long id = appendSession(dsl, roomId, session);
    orderSessionsByTime(dsl, roomId);
    return id;
  }

  /**
   * Adds a session after the room's others, leaving the room's order to the caller (who puts it in
   * time order once, after adding several).
   */
  static long appendSession(DSLContext dsl, long roomId, EventPlan.SessionPlan session) {
    long position =
        nextPosition(
            dsl.select(SESSION.POSITION)
                .from(SESSION)
                .where(SESSION.ROOM_ID.eq(roomId))
                .fetch(SESSION.POSITION));
    return dsl.insertInto(SESSION)
        .set(SESSION.ROOM_ID, roomId)
        .set(SESSION.POSITION, position)
        .set(SESSION.SOURCE_KEY, session.key())
        .set(SESSION.TITLE, session.title())
        .set(SESSION.MODERATOR, session.moderator())
        .set(SESSION.STARTS_AT, session.startsAt())
        .set(SESSION.ENDS_AT, session.endsAt())
        .returning(SESSION.ID)
        .fetchOne(SESSION.ID);
  }

  static void updateSession(DSLContext dsl, long sessionId, EventPlan.SessionPlan session) {
    Long roomId =
        dsl.select(SESSION.ROOM_ID)
            .from(SESSION)
            .where(SESSION.ID.eq(sessionId))
            .fetchOne(SESSION.ROOM_ID);
    if (roomId == null) {
      throw new ProgrammeException(null, "there is no session " + sessionId);
    }
    dsl.update(SESSION)
        .set(SESSION.TITLE, session.title())
        .set(SESSION.MODERATOR, session.moderator())
        .set(SESSION.STARTS_AT, session.startsAt())
        .set(SESSION.ENDS_AT, session.endsAt())
        .where(SESSION.ID.eq(sessionId))
        .execute();
    orderSessionsByTime(dsl, roomId);
  }

  /** Scheduled sessions in the order they happen, unscheduled ones after them as they were. */
  static void orderSessionsByTime(DSLContext dsl, long roomId) {
    var rows =
        dsl.select(SESSION.ID, SESSION.STARTS_AT, SESSION.POSITION)
            .from(SESSION)
            .where(SESSION.ROOM_ID.eq(roomId))
            .orderBy(SESSION.POSITION)
            .fetch();
    List<Long> ordered =
        rows.stream()
            .sorted(
                Comparator.comparing(
                    row -> row.get(SESSION.STARTS_AT),
                    Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder())))
            .map(row -> row.get(SESSION.ID))
            .toList();
    Map<Long, Long> now = new HashMap<>();
    rows.forEach(row -> now.put(row.get(SESSION.ID), row.get(SESSION.POSITION)));
    renumber(
        ordered,
        now,
        (id, position) ->
            dsl.update(SESSION).set(SESSION.POSITION, position).where(SESSION.ID.eq(id)).execute());
  }

  /** Adds a topic after the session's others. */
  static long insertTopic(DSLContext dsl, long sessionId, EventPlan.TopicPlan topic) {
    long position =
        nextPosition(
            dsl.select(TOPIC.POSITION)
                .from(TOPIC)
                .where(TOPIC.SESSION_ID.eq(sessionId))
                .fetch(TOPIC.POSITION));
    long id =
        dsl.insertInto(TOPIC)
            .set(TOPIC.SESSION_ID, sessionId)
            .set(TOPIC.POSITION, position)
            .set(TOPIC.TITLE, topic.title())
            .set(TOPIC.BUDGET_SECONDS, topic.budget().toSeconds())
            .set(TOPIC.PRESENTATION_SECONDS, ImportMerge.presentationBudget(topic).toSeconds())
            .set(TOPIC.SOURCE_KEY, topic.key())
            .returning(TOPIC.ID)
            .fetchOne(TOPIC.ID);
    updateTopic(dsl, id, topic);
    return id;
  }

  /** A topic's own thresholds, each unset for its event's. */
  static void cues(DSLContext dsl, long topicId, CueTimes cues) {
    dsl.update(TOPIC)
        .set(TOPIC.WARNING_SECONDS, seconds(cues.warning()))
        .set(TOPIC.DANGER_SECONDS, seconds(cues.danger()))
        .where(TOPIC.ID.eq(topicId))
        .execute();
  }

  static Long seconds(Duration span) {
    return span == null ? null : span.toSeconds();
  }

  /**
   * Writes a topic's details, presenters and listing; its place, key and stakeholders stay.
   * Presenters keep the ids the listing gives them by name.
   */
  static void updateTopic(DSLContext dsl, long topicId, EventPlan.TopicPlan topic) {
    EventPlan.Listing listing = topic.listing();
    int changed =
        dsl.update(TOPIC)
            .set(TOPIC.TITLE, topic.title())
            .set(TOPIC.CATEGORY, topic.category())
            .set(TOPIC.BUDGET_SECONDS, topic.budget().toSeconds())
            .set(TOPIC.PRESENTATION_SECONDS, ImportMerge.presentationBudget(topic).toSeconds())
            .set(TOPIC.SLIDE_LIMIT, topic.slideLimit() == null ? null : (long) topic.slideLimit())
            .set(TOPIC.ABSTRACT, topic.abstractText())
            .set(TOPIC.STARTS_AT, topic.startsAt())
            .set(TOPIC.SUBTITLE, listing.subtitle())
            .set(TOPIC.DESCRIPTION, listing.description())
            .set(TOPIC.LANGUAGE, listing.language())
            .set(TOPIC.TYPE, listing.type())
            .set(TOPIC.URL, listing.url())
            .set(TOPIC.NUMBER, listing.number())
            .where(TOPIC.ID.eq(topicId))
            .execute();
    if (changed == 0) {
      throw new ProgrammeException(null, "there is no topic " + topicId);
    }
    dsl.deleteFrom(TOPIC_PRESENTER).where(TOPIC_PRESENTER.TOPIC_ID.eq(topicId)).execute();
    long position = 0;
    for (String presenter : topic.presenters()) {
      dsl.insertInto(TOPIC_PRESENTER)
          .set(TOPIC_PRESENTER.TOPIC_ID, topicId)
          .set(TOPIC_PRESENTER.POSITION, position++)
          .set(TOPIC_PRESENTER.NAME, presenter)
          .set(TOPIC_PRESENTER.SOURCE_ID, listing.personIds().get(presenter))
          .execute();
    }
    dsl.deleteFrom(TOPIC_LINK).where(TOPIC_LINK.TOPIC_ID.eq(topicId)).execute();
    position = 0;
    for (EventPlan.Link link : listing.links()) {
      dsl.insertInto(TOPIC_LINK)
          .set(TOPIC_LINK.TOPIC_ID, topicId)
          .set(TOPIC_LINK.POSITION, position++)
          .set(TOPIC_LINK.URL, link.url())
          .set(TOPIC_LINK.TITLE, link.title())
          .execute();
    }
  }

  /** Puts a session's topics in this order; topics not named keep their order after these. */
  static void orderTopics(DSLContext dsl, long sessionId, List<Long> first) {
    List<Long> ordered = new ArrayList<>(first);
    Set<Long> named = new HashSet<>(first);
    Map<Long, Long> now = new HashMap<>();
    for (var row :
        dsl.select(TOPIC.ID, TOPIC.POSITION)
            .from(TOPIC)
            .where(TOPIC.SESSION_ID.eq(sessionId))
            .orderBy(TOPIC.POSITION)
            .fetch()) {
      now.put(row.value1(), row.value2());
      if (named.add(row.value1())) {
        ordered.add(row.value1());
      }
    }
    renumber(
        ordered,
        now,
        (id, position) ->
            dsl.update(TOPIC).set(TOPIC.POSITION, position).where(TOPIC.ID.eq(id)).execute());
  }

  /**
   * Positions are unique per parent and SQLite checks that row by row, so everything that moves
   * goes out of the way (to negative positions) before taking its new place; what is in its place
   * already is not written.
   *
   * @param ids in their new order
   * @param now each id's position as stored, where known: an id already at its place stays
   */
  static void renumber(List<Long> ids, Map<Long, Long> now, PositionSetter set) {
    List<Integer> moving = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!Long.valueOf(i).equals(now.get(ids.get(i)))) {
        moving.add(i);
      }
    }
    for (int i : moving) {
      set.apply(ids.get(i), (long) -(i + 1));
    }
    for (int i : moving) {
      set.apply(ids.get(i), (long) i);
    }
  }

  interface PositionSetter {
    void apply(long id, long position);
  }

  private static long nextPosition(List<Long> positions) {
    return positions.stream().mapToLong(Long::longValue).max().orElse(-1) + 1;
  }

  /**
   * Adds a stakeholder to a session or a topic (exactly one of the ids is given) unless someone of
   * that name is listed already: whoever is listed keeps their area and their answer.
   *
   * @param signedUp whether an attendee added themselves
   * @return the id of the stakeholder listed under that name
   */
  static long addStakeholder(
      DSLContext dsl, Long sessionId, Long topicId, Stakeholder person, boolean signedUp) {
    Long existing = stakeholderNamed(dsl, sessionId, topicId, person.name());
    if (existing != null) {
      return existing;
    }
    return dsl.insertInto(STAKEHOLDER)
        .set(STAKEHOLDER.SESSION_ID, sessionId)
        .set(STAKEHOLDER.TOPIC_ID, topicId)
        .set(STAKEHOLDER.NAME, person.name())
        .set(STAKEHOLDER.AREA, person.area())
        .set(STAKEHOLDER.STATE, person.state().wireName())
        .set(STAKEHOLDER.SIGNED_UP, signedUp)
        .returning(STAKEHOLDER.ID)
        .fetchOne(STAKEHOLDER.ID);
  }

  /** The id of the stakeholder of this name on the session or topic, or null. */
  static Long stakeholderNamed(DSLContext dsl, Long sessionId, Long topicId, String name) {
    var owner =
        sessionId != null ? STAKEHOLDER.SESSION_ID.eq(sessionId) : STAKEHOLDER.TOPIC_ID.eq(topicId);
    return dsl.select(STAKEHOLDER.ID)
        .from(STAKEHOLDER)
        .where(owner.and(STAKEHOLDER.NAME.eq(name)))
        .fetchOne(STAKEHOLDER.ID);
  }
}
