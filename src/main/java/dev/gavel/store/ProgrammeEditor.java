package dev.gavel.store;

import static dev.gavel.store.schema.Tables.EVENT;
import static dev.gavel.store.schema.Tables.NO_OVERLAP;
import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.SESSION;
import static dev.gavel.store.schema.Tables.STAKEHOLDER;
import static dev.gavel.store.schema.Tables.TOPIC;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventSlug;
import dev.gavel.programme.NoOverlap;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Pacing;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.Stakeholder;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The organiser's changes to a programme, one transaction each. A value that is not valid throws
 * {@link IllegalArgumentException}; a slug already taken or a row that is not there throws {@link
 * ProgrammeException}. Either way nothing changed.
 */
public final class ProgrammeEditor {

  private final Database database;
  private final ProgrammeStore programme;
  private final Supplier<String> newSecret;

  public ProgrammeEditor(Database database, ProgrammeStore programme, Supplier<String> newSecret) {
    this.database = database;
    this.programme = programme;
    this.newSecret = newSecret;
  }

  /** A new event starts unpublished: the organiser publishes it once it is ready. */
  public void createEvent(String slug, String title, int slideLimit, ZoneId timeZone) {
    EventPlan.checkEvent(slug, title, slideLimit, timeZone);
    change(
        dsl -> {
          if (dsl.fetchExists(EVENT, EVENT.SLUG.eq(slug))) {
            throw new ProgrammeException("slug", "there is already an event at /events/" + slug);
          }
          return dsl.insertInto(EVENT)
              .set(EVENT.SLUG, slug)
              .set(EVENT.TITLE, title.strip())
              .set(EVENT.SLIDE_LIMIT, (long) slideLimit)
              .set(EVENT.TIME_ZONE, timeZone.getId())
              .set(EVENT.PUBLISHED, false)
              .execute();
        });
  }

  /**
   * Changes the event with its pacing: a speaker's turn, and its thresholds (unset: the server's).
   */
  public void updateEvent(
      String slug, String title, int slideLimit, ZoneId timeZone, Duration turn, CueTimes cues) {
    EventPlan.checkEvent(slug, title, slideLimit, timeZone);
    new Pacing(turn, cues, Map.of());
    change(
        dsl ->
            found(
                dsl.update(EVENT)
                    .set(EVENT.TITLE, title.strip())
                    .set(EVENT.SLIDE_LIMIT, (long) slideLimit)
                    .set(EVENT.TIME_ZONE, timeZone.getId())
                    .set(EVENT.TURN_SECONDS, turn.toSeconds())
                    .set(EVENT.WARNING_SECONDS, ProgrammeRows.seconds(cues.warning()))
                    .set(EVENT.DANGER_SECONDS, ProgrammeRows.seconds(cues.danger()))
                    .where(EVENT.SLUG.eq(slug))
                    .execute(),
                "event " + slug));
  }

  public void publish(String eventSlug, boolean published) {
    change(
        dsl ->
            found(
                dsl.update(EVENT)
                    .set(EVENT.PUBLISHED, published)
                    .where(EVENT.SLUG.eq(eventSlug))
                    .execute(),
                "event " + eventSlug));
  }

  public void addRoom(String eventSlug, String roomSlug, String name) {
    String slug = new RoomSlug(roomSlug).value();
    requireText(name, "a room needs a name");
    change(
        dsl -> {
          if (dsl.fetchExists(ROOM, ROOM.SLUG.eq(slug))) {
            throw new ProgrammeException("slug", "there is already a room at /rooms/" + slug);
          }
          return ProgrammeRows.insertRoom(
              dsl, eventId(dsl, eventSlug), slug, name.strip(), newSecret);
        });
  }

  public void renameRoom(String roomSlug, String name) {
    requireText(name, "a room needs a name");
    change(
        dsl ->
            found(
                dsl.update(ROOM)
                    .set(ROOM.NAME, name.strip())
                    .where(ROOM.SLUG.eq(roomSlug))
                    .execute(),
                "room " + roomSlug));
  }

  /** Adds a session to a room, among its others by time; its plan's topics are not added. */
  public long addSession(String roomSlug, EventPlan.SessionPlan session) {
    return change(
        dsl -> {
          Long room =
              dsl.select(ROOM.ID).from(ROOM).where(ROOM.SLUG.eq(roomSlug)).fetchOne(ROOM.ID);
          if (room == null) {
            throw new ProgrammeException(null, "there is no room " + roomSlug);
          }
          return ProgrammeRows.insertSession(dsl, room, session);
        });
  }

  public void updateSession(long sessionId, EventPlan.SessionPlan session) {
    change(
        dsl -> {
          ProgrammeRows.updateSession(dsl, sessionId, session);
          return null;
        });
  }

  /** Refused once the session has run: its notes, log and report are read from the programme. */
  public void deleteSession(long sessionId) {
    change(
        dsl -> {
          refuseIfRun(EventLog.sessionHasRun(dsl, sessionId), "session");
          return found(
              dsl.deleteFrom(SESSION).where(SESSION.ID.eq(sessionId)).execute(),
              "session " + sessionId);
        });
  }

  /** Adds a topic at the end of its session; its plan's stakeholders are added with it. */
  public long addTopic(long sessionId, EventPlan.TopicPlan topic) {
    return change(dsl -> addTopic(dsl, sessionId, topic));
  }

  private static long addTopic(DSLContext dsl, long sessionId, EventPlan.TopicPlan topic) {
    if (!dsl.fetchExists(SESSION, SESSION.ID.eq(sessionId))) {
      throw new ProgrammeException(null, "there is no session " + sessionId);
    }
    long id = ProgrammeRows.insertTopic(dsl, sessionId, topic);
    for (Stakeholder person : topic.stakeholders()) {
      ProgrammeRows.addStakeholder(dsl, null, id, person, false);
    }
    return id;
  }

  /** Changes a topic's details; its place, key, listing and stakeholders stay. */
  public void updateTopic(long topicId, EventPlan.TopicPlan topic) {
    change(
        dsl -> {
          updateTopic(dsl, topicId, topic);
          return null;
        });
  }

  private static void updateTopic(DSLContext dsl, long topicId, EventPlan.TopicPlan topic) {
    // a form edits what Gavel runs a topic by: what the schedule listed of it stays
    EventPlan.Listing listed =
        ProgrammeReader.listing(dsl, topicId)
            .orElseThrow(() -> new ProgrammeException(null, "there is no topic " + topicId));
    ProgrammeRows.updateTopic(dsl, topicId, topic.listed(listed));
  }

  /** Changes a topic's details as {@link #updateTopic(long, EventPlan.TopicPlan)}, and its cues. */
  public void updateTopic(long topicId, EventPlan.TopicPlan topic, CueTimes cues) {
    change(
        dsl -> {
          updateTopic(dsl, topicId, topic);
          ProgrammeRows.cues(dsl, topicId, cues);
          return null;
        });
  }

  /** Adds a topic as {@link #addTopic(long, EventPlan.TopicPlan)}, with its own cues. */
  public long addTopic(long sessionId, EventPlan.TopicPlan topic, CueTimes cues) {
    return change(
        dsl -> {
          long id = addTopic(dsl, sessionId, topic);
          ProgrammeRows.cues(dsl, id, cues);
          return id;
        });
  }

  /** Refused once the topic has run, for the same reason as a session. */
  public void deleteTopic(long topicId) {
    change(
        dsl -> {
          refuseIfRun(EventLog.topicHasRun(dsl, topicId), "topic");
          return found(
              dsl.deleteFrom(TOPIC).where(TOPIC.ID.eq(topicId)).execute(), "topic " + topicId);
        });
  }

  private static void refuseIfRun(boolean run, String what) {
    if (run) {
      throw new ProgrammeException(
          null,
          "this " + what + " has run, and its notes and log belong to it: it cannot be deleted");
    }
  }

  /** Moves a topic to this place in its session (0 is the first), or as near to it as there is. */
  public void moveTopic(long topicId, int toIndex) {
    change(
        dsl -> {
          Long session =
              dsl.select(TOPIC.SESSION_ID)
                  .from(TOPIC)
                  .where(TOPIC.ID.eq(topicId))
                  .fetchOne(TOPIC.SESSION_ID);
          if (session == null) {
            throw new ProgrammeException(null, "there is no topic " + topicId);
          }
          List<Long> order =
              new ArrayList<>(
                  dsl.select(TOPIC.ID)
                      .from(TOPIC)
                      .where(TOPIC.SESSION_ID.eq(session))
                      .orderBy(TOPIC.POSITION)
                      .fetch(TOPIC.ID));
          order.remove(topicId);
          order.add(Math.clamp(toIndex, 0, order.size()), topicId);
          ProgrammeRows.orderTopics(dsl, session, order);
          return null;
        });
  }

  public long addSessionStakeholder(long sessionId, Stakeholder person) {
    return change(
        dsl -> {
          if (!dsl.fetchExists(SESSION, SESSION.ID.eq(sessionId))) {
            throw new ProgrammeException(null, "there is no session " + sessionId);
          }
          refuseTwice(dsl, STAKEHOLDER.SESSION_ID.eq(sessionId), person, "session");
          return ProgrammeRows.addStakeholder(dsl, sessionId, null, person, false);
        });
  }

  public long addTopicStakeholder(long topicId, Stakeholder person) {
    return change(
        dsl -> {
          if (!dsl.fetchExists(TOPIC, TOPIC.ID.eq(topicId))) {
            throw new ProgrammeException(null, "there is no topic " + topicId);
          }
          refuseTwice(dsl, STAKEHOLDER.TOPIC_ID.eq(topicId), person, "topic");
          return ProgrammeRows.addStakeholder(dsl, null, topicId, person, false);
        });
  }

  private static void refuseTwice(
      DSLContext dsl, Condition owner, Stakeholder person, String what) {
    if (dsl.fetchExists(STAKEHOLDER, owner.and(STAKEHOLDER.NAME.eq(person.name())))) {
      throw new ProgrammeException("name", person.name() + " is already listed for this " + what);
    }
  }

  public void setStakeholderState(long stakeholderId, Stakeholder.State state) {
    change(
        dsl ->
            found(
                dsl.update(STAKEHOLDER)
                    .set(STAKEHOLDER.STATE, state.wireName())
                    .where(STAKEHOLDER.ID.eq(stakeholderId))
                    .execute(),
                "stakeholder " + stakeholderId));
  }

  public void removeStakeholder(long stakeholderId) {
    change(
        dsl ->
            found(
                dsl.deleteFrom(STAKEHOLDER).where(STAKEHOLDER.ID.eq(stakeholderId)).execute(),
                "stakeholder " + stakeholderId));
  }

  public void addNoOverlap(String eventSlug, NoOverlap priority) {
    change(
        dsl ->
            dsl.insertInto(NO_OVERLAP)
                .set(NO_OVERLAP.EVENT_ID, eventId(dsl, eventSlug))
                .set(NO_OVERLAP.KIND, priority.kind().wireName())
                .set(NO_OVERLAP.NAME, priority.name())
                .onConflictDoNothing()
                .execute());
  }

  public void removeNoOverlap(String eventSlug, NoOverlap priority) {
    change(
        dsl ->
            dsl.deleteFrom(NO_OVERLAP)
                .where(NO_OVERLAP.EVENT_ID.eq(eventId(dsl, eventSlug)))
                .and(NO_OVERLAP.KIND.eq(priority.kind().wireName()))
                .and(NO_OVERLAP.NAME.eq(priority.name()))
                .execute());
  }

  private <T> T change(Function<DSLContext, T> work) {
    T result = database.programmeTransaction(work);
    programme.changed();
    return result;
  }

  static long eventId(DSLContext dsl, String eventSlug) {
    Long id =
        EventSlug.isValid(eventSlug)
            ? dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq(eventSlug)).fetchOne(EVENT.ID)
            : null;
    if (id == null) {
      throw new ProgrammeException(null, "there is no event " + eventSlug);
    }
    return id;
  }

  private static int found(int rows, String what) {
    if (rows == 0) {
      throw new ProgrammeException(null, "there is no " + what);
    }
    return rows;
  }

  private static void requireText(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }
}
