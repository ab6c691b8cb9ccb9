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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Writes an import into the store in chunks of whole sessions, each chunk in a transaction of its
 * own, so that rooms' appends get the writer between them: reads what {@link ImportMerge} needs,
 * and writes the changes it works out, in their order. A record of the import ({@link ImportRuns})
 * goes with the first chunk and follows each one, so an import that stops part way is never silent.
 * A new event stays a draft until the last chunk, so nobody sees a programme half written.
 */
final class PlanImport {

  /** About how many topics one transaction writes: each is a few milliseconds of the writer. */
  static final int CHUNK_TOPICS = 50;

  private final ImportChanges changes;
  private final Supplier<String> newSecret;
  private final Map<String, Long> roomIds = new HashMap<>();
  private final List<Long> ids = new ArrayList<>();
  private long eventId;
  private long run;

  PlanImport(ImportChanges changes, Supplier<String> newSecret) {
    this.changes = changes;
    this.newSecret = newSecret;
  }

  /** A room of the plan with one of its sessions, or with none for a room without sessions. */
  record Piece(RoomChange room, SessionChange session) {}

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
   * The changes in the plan's order, cut after a session once a chunk holds {@code topics} topics;
   * always at least one chunk, which makes or updates the event.
   */
  static List<List<Piece>> chunks(ImportChanges changes, int topics) {
    List<List<Piece>> chunks = new ArrayList<>();
    List<Piece> chunk = new ArrayList<>();
    int held = 0;
    for (RoomChange room : changes.rooms()) {
      if (room.sessions().isEmpty()) {
        chunk.add(new Piece(room, null));
      }
      for (SessionChange session : room.sessions()) {
        chunk.add(new Piece(room, session));
        held += session.topics().size();
        if (held >= topics) {
          chunks.add(chunk);
          chunk = new ArrayList<>();
          held = 0;
        }
      }
    }
    if (!chunk.isEmpty() || chunks.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  /**
   * Writes one chunk in the caller's transaction: the first also makes or updates the event and
   * starts the import's record; the last finishes it (and publishes an event it made to be).
   */
  void write(DSLContext dsl, List<Piece> chunk, boolean first, boolean last) {
    EventPlan plan = changes.plan();
    if (first) {
      eventId = event(dsl, changes);
      for (NoOverlap priority : plan.noOverlap()) {
        dsl.insertInto(NO_OVERLAP)
            .set(NO_OVERLAP.EVENT_ID, eventId)
            .set(NO_OVERLAP.KIND, priority.kind().wireName())
            .set(NO_OVERLAP.NAME, priority.name())
            .onConflictDoNothing()
            .execute();
      }
      run = ImportRuns.start(dsl, changes, changes.makeEvent() && changes.publish());
    }
    NewTopics made = new NewTopics(dsl);
    Set<Long> reorder = new LinkedHashSet<>();
    List<Long> written = new ArrayList<>();
    List<TopicChange> chunkTopics = new ArrayList<>();
    int sessions = 0;
    int topics = 0;
    for (Piece piece : chunk) {
      Long roomId = roomIds.get(piece.room().slug());
      if (roomId == null) {
        roomId = room(dsl, eventId, piece.room(), newSecret);
        roomIds.put(piece.room().slug(), roomId);
      }
      SessionChange session = piece.session();
      if (session != null) {
        if (session.id() == null || session.write()) {
          reorder.add(roomId);
        }
        List<Long> sessionIds = session(dsl, roomId, session, made);
        ids.addAll(sessionIds);
        written.addAll(sessionIds);
        chunkTopics.addAll(session.topics());
        sessions++;
        topics += session.topics().size();
      }
    }
    made.write();
    cues(dsl, written, chunkTopics);
    reorder.forEach(room -> ProgrammeRows.orderSessionsByTime(dsl, room));
    ImportRuns.progress(dsl, run, sessions, topics);
    if (last) {
      ImportRuns.finish(dsl, plan.slug());
    }
  }

  /**
   * The thresholds of the chunk's topics that set any (only Gavel's own JSON carries them); a topic
   * whose file sets none keeps what it had.
   *
   * @param ids the chunk's topics' ids, in the order of {@code topics}
   */
  private static void cues(DSLContext dsl, List<Long> ids, List<TopicChange> topics) {
    for (int i = 0; i < topics.size(); i++) {
      CueTimes own = topics.get(i).plan().cues();
      if (!own.equals(CueTimes.NONE)) {
        ProgrammeRows.cues(dsl, ids.get(i), own);
      }
    }
  }

  /** The import's record, once the first chunk is written. */
  long run() {
    return run;
  }

  /**
   * @return the ids of the plan's topics written so far, in the plan's order
   */
  List<Long> ids() {
    return List.copyOf(ids);
  }

  /**
   * The slide limit and the pacing are the organiser's rules, which schedule files do not carry:
   * they stay. An event made here is a draft until the import's last chunk publishes it ({@link
   * ImportRuns#finish}).
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
          .set(EVENT.PUBLISHED, false)
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
