package dev.gavel.store;

import static dev.gavel.store.schema.Tables.EVENT;
import static dev.gavel.store.schema.Tables.NO_OVERLAP;
import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.SESSION;
import static dev.gavel.store.schema.Tables.TOPIC;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.ImportChanges;
import dev.gavel.programme.ImportChanges.RoomChange;
import dev.gavel.programme.ImportChanges.SessionChange;
import dev.gavel.programme.ImportChanges.TopicChange;
import dev.gavel.programme.ImportMerge;
import dev.gavel.programme.NoOverlap;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Stakeholder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Writes an import into the store, inside the caller's transaction: reads what {@link ImportMerge}
 * needs, and writes the changes it works out, in their order.
 */
final class PlanImport {

  private PlanImport() {}

  /** What importing the plan would change, read in the caller's transaction; nothing is written. */
  static ImportChanges changes(DSLContext dsl, EventPlan plan, boolean publish) {
    Set<String> otherEventsRooms =
        new HashSet<>(
            dsl.select(ROOM.SLUG)
                .from(ROOM)
                .join(EVENT)
                .on(EVENT.ID.eq(ROOM.EVENT_ID))
                .where(EVENT.SLUG.ne(plan.slug()))
                .fetch(ROOM.SLUG));
    return ImportMerge.of(
        ProgrammeReader.programme(dsl, plan.slug()).orElse(null), plan, otherEventsRooms, publish);
  }

  /**
   * @return the ids of the plan's topics, in the plan's order
   */
  static List<Long> apply(DSLContext dsl, ImportChanges changes, Supplier<String> newSecret) {
    EventPlan plan = changes.plan();
    long eventId = event(dsl, changes);
    for (NoOverlap priority : plan.noOverlap()) {
      dsl.insertInto(NO_OVERLAP)
          .set(NO_OVERLAP.EVENT_ID, eventId)
          .set(NO_OVERLAP.KIND, priority.kind().wireName())
          .set(NO_OVERLAP.NAME, priority.name())
          .onConflictDoNothing()
          .execute();
    }
    NewTopics made = new NewTopics(dsl);
    List<Long> ids = new ArrayList<>();
    for (RoomChange room : changes.rooms()) {
      long roomId = room(dsl, eventId, room, newSecret);
      boolean reorder = false;
      for (SessionChange session : room.sessions()) {
        reorder |= session.id() == null || session.write();
        ids.addAll(session(dsl, roomId, session, made));
      }
      if (reorder) {
        ProgrammeRows.orderSessionsByTime(dsl, roomId);
      }
    }
    made.write();
    cues(dsl, changes, ids);
    return ids;
  }

  /**
   * The thresholds of the plan's topics that set any (only Gavel's own JSON carries them); a topic
   * whose file sets none keeps what it had.
   *
   * @param ids the plan's topics' ids, in the order of the changes' topics
   */
  private static void cues(DSLContext dsl, ImportChanges changes, List<Long> ids) {
    List<TopicChange> topics =
        changes.rooms().stream()
            .flatMap(room -> room.sessions().stream())
            .flatMap(session -> session.topics().stream())
            .toList();
    for (int i = 0; i < topics.size(); i++) {
      CueTimes own = topics.get(i).plan().cues();
      if (!own.equals(CueTimes.NONE)) {
        ProgrammeRows.cues(dsl, ids.get(i), own);
      }
    }
  }

  /**
   * The slide limit and the pacing are the organiser's rules, which schedule files do not carry:
   * they stay.
   */
  private static long event(DSLContext dsl, ImportChanges changes) {
    EventPlan plan = changes.plan();
    if (changes.makeEvent()) {
      return dsl.insertInto(EVENT)
          .set(EVENT.SLUG, plan.slug())
          .set(EVENT.TITLE, plan.title())
          .set(EVENT.SLIDE_LIMIT, (long) plan.slideLimit())
          .set(EVENT.TURN_SECONDS, plan.speakerTurn().toSeconds())
          .set(EVENT.WARNING_SECONDS, ProgrammeRows.seconds(plan.cues().warning()))
          .set(EVENT.DANGER_SECONDS, ProgrammeRows.seconds(plan.cues().danger()))
          .set(EVENT.TIME_ZONE, plan.timeZone().getId())
          .set(EVENT.PUBLISHED, changes.publish())
          .returning(EVENT.ID)
          .fetchOne(EVENT.ID);
    }
    dsl.update(EVENT)
        .set(EVENT.TITLE, plan.title())
        .set(EVENT.TIME_ZONE, plan.timeZone().getId())
        .where(EVENT.SLUG.eq(plan.slug()))
        .execute();
    return dsl.select(EVENT.ID).from(EVENT).where(EVENT.SLUG.eq(plan.slug())).fetchOne(EVENT.ID);
  }

  private static long room(
      DSLContext dsl, long eventId, RoomChange room, Supplier<String> newSecret) {
    if (room.make()) {
      return ProgrammeRows.insertRoom(dsl, eventId, room.slug(), room.name(), newSecret);
    }
    if (room.rename()) {
      dsl.update(ROOM).set(ROOM.NAME, room.name()).where(ROOM.SLUG.eq(room.slug())).execute();
    }
    return dsl.select(ROOM.ID).from(ROOM).where(ROOM.SLUG.eq(room.slug())).fetchOne(ROOM.ID);
  }

  /**
   * @return the ids of the session's topics in the plan, in its order
   */
  private static List<Long> session(
      DSLContext dsl, long roomId, SessionChange session, NewTopics made) {
    List<Long> order = new ArrayList<>();
    if (session.id() == null) {
      // a new session holds only new topics, in the plan's order from its first place
      long id = ProgrammeRows.appendSession(dsl, roomId, session.plan());
      addPeople(dsl, id, null, session.newPeople());
      for (TopicChange topic : session.topics()) {
        order.add(made.add(id, order.size(), topic.plan()));
      }
      return order;
    }
    long id = session.id();
    if (session.rekey()) {
      dsl.update(SESSION)
          .set(SESSION.SOURCE_KEY, session.plan().key())
          .where(SESSION.ID.eq(id))
          .execute();
    }
    if (session.write()) {
      dsl.update(SESSION)
          .set(SESSION.TITLE, session.plan().title())
          .set(SESSION.MODERATOR, session.plan().moderator())
          .set(SESSION.STARTS_AT, session.plan().startsAt())
          .set(SESSION.ENDS_AT, session.plan().endsAt())
          .where(SESSION.ID.eq(id))
          .execute();
    }
    addPeople(dsl, id, null, session.newPeople());
    // new topics wait after every stored place until the session is put in order
    long parked = Long.MAX_VALUE / 4;
    for (TopicChange topic : session.topics()) {
      order.add(topic.id() == null ? made.add(id, parked++, topic.plan()) : topic(dsl, id, topic));
    }
    made.write();
    ProgrammeRows.orderTopics(dsl, id, order);
    return order;
  }

  private static long topic(DSLContext dsl, long sessionId, TopicChange topic) {
    long id = topic.id();
    if (topic.move()) {
      // out of the way of the session's positions until the session is put in order
      dsl.update(TOPIC)
          .set(TOPIC.SESSION_ID, sessionId)
          .set(TOPIC.POSITION, Long.MAX_VALUE / 2 - id)
          .where(TOPIC.ID.eq(id))
          .execute();
    }
    if (topic.write()) {
      ProgrammeRows.updateTopic(dsl, id, topic.plan());
    }
    addPeople(dsl, null, id, topic.newPeople());
    return id;
  }

  private static void addPeople(
      DSLContext dsl, Long sessionId, Long topicId, List<Stakeholder> people) {
    for (Stakeholder person : people) {
      ProgrammeRows.addStakeholder(dsl, sessionId, topicId, person, false);
    }
  }
}
