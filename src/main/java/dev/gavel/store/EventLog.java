package dev.gavel.store;

import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.ROOM_COMMAND;
import static dev.gavel.store.schema.Tables.ROOM_EVENT;

import dev.gavel.json.EventCodec;
import dev.gavel.room.Answer;
import dev.gavel.room.DamagedLog;
import dev.gavel.room.LogFailure;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomLog;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.Topic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Records;

/**
 * The session logs of every room, in SQLite: one row an event, one row an answered command. A
 * storage failure leaves as the {@link LogFailure} that the room's log contract declares. A started
 * topic's row also names the topic and its session in columns, so the programme can ask whether
 * they have run without reading the events' JSON.
 */
public final class EventLog implements RoomLog {

  private final Database database;
  private final EventCodec codec;
  // A room's row id, read once: every append and read names it. Forgotten when a write fails, in
  // case the room's row is what went away.
  private final Map<RoomSlug, Long> roomIds = new ConcurrentHashMap<>();

  public EventLog(Database database, EventCodec codec) {
    this.database = database;
    this.codec = codec;
  }

  @Override
  public List<LoggedEvent> readAll(RoomSlug room) {
    return readAfter(room, 0);
  }

  @Override
  public List<LoggedEvent> readAfter(RoomSlug room, long seq) {
    return declared(
        () ->
            database.read(
                dsl ->
                    dsl.select(ROOM_EVENT.SEQ, ROOM_EVENT.PAYLOAD)
                        .from(ROOM_EVENT)
                        .where(ROOM_EVENT.ROOM_ID.eq(roomId(dsl, room)))
                        .and(ROOM_EVENT.SEQ.gt(seq))
                        .orderBy(ROOM_EVENT.SEQ)
                        .fetch(
                            Records.mapping(
                                (position, payload) ->
                                    new LoggedEvent(position, decode(room, position, payload))))));
  }

  private RoomEvent decode(RoomSlug room, long position, String payload) {
    try {
      return codec.fromJson(payload);
    } catch (IllegalArgumentException e) {
      throw new DamagedLog(room, position, "its event cannot be read: " + e.getMessage());
    }
  }

  @Override
  public Optional<Answer> answerTo(RoomSlug room, String commandId) {
    return declared(() -> database.read(dsl -> storedAnswer(dsl, roomId(dsl, room), commandId)));
  }

  private static Optional<Answer> storedAnswer(DSLContext dsl, long roomId, String commandId) {
    return dsl.select(ROOM_COMMAND.SEQ, ROOM_COMMAND.REFUSAL)
        .from(ROOM_COMMAND)
        .where(ROOM_COMMAND.ROOM_ID.eq(roomId))
        .and(ROOM_COMMAND.COMMAND_ID.eq(commandId))
        .fetchOptional(
            Records.mapping(
                (seq, refusal) ->
                    refusal == null ? new Answer.Ack(seq) : new Answer.Refusal(seq, refusal)));
  }

  @Override
  public Optional<Answer> append(
      RoomSlug room, long firstSeq, List<RoomEvent> events, String commandId, Answer answer) {
    try {
      return declared(
          () ->
              database.transaction(dsl -> append(dsl, room, firstSeq, events, commandId, answer)));
    } catch (LogFailure failure) {
      roomIds.remove(room);
      throw failure;
    }
  }

  /**
   * The command's row goes first: the primary key (room, command id) refuses an id answered before,
   * and then nothing is written and the earlier answer is read instead. So a new id costs no query
   * beyond its inserts.
   */
  private Optional<Answer> append(
      DSLContext dsl,
      RoomSlug room,
      long firstSeq,
      List<RoomEvent> events,
      String commandId,
      Answer answer) {
    long roomId = roomId(dsl, room);
    int claimed =
        dsl.insertInto(ROOM_COMMAND)
            .set(ROOM_COMMAND.ROOM_ID, roomId)
            .set(ROOM_COMMAND.COMMAND_ID, commandId)
            .set(ROOM_COMMAND.SEQ, answer.seq())
            .set(
                ROOM_COMMAND.REFUSAL,
                answer instanceof Answer.Refusal refusal ? refusal.reason() : null)
            .onConflictDoNothing()
            .execute();
    if (claimed == 0) {
      return storedAnswer(dsl, roomId, commandId);
    }
    long seq = firstSeq;
    for (RoomEvent event : events) {
      Topic started = event instanceof RoomEvent.TopicStarted start ? start.topic() : null;
      dsl.insertInto(ROOM_EVENT)
          .set(ROOM_EVENT.ROOM_ID, roomId)
          .set(ROOM_EVENT.SEQ, seq++)
          .set(ROOM_EVENT.TYPE, EventCodec.typeName(event))
          .set(ROOM_EVENT.PAYLOAD, codec.toJson(event))
          .set(ROOM_EVENT.AT, event.at())
          .set(ROOM_EVENT.COMMAND_ID, commandId)
          .set(ROOM_EVENT.TOPIC_ID, started == null ? null : started.id().value())
          .set(ROOM_EVENT.SESSION_ID, started == null ? null : started.session().value())
          .execute();
    }
    return Optional.empty();
  }

  private static <T> T declared(Supplier<T> work) {
    try {
      return work.get();
    } catch (StoreException e) {
      throw new LogFailure(e.getMessage(), e);
    }
  }

  /**
   * Whether the topic has started in a room: its notes and log then belong to it. Read inside the
   * caller's transaction, so nothing can start it between the question and what the answer allows.
   */
  static boolean topicHasRun(DSLContext dsl, long topicId) {
    return dsl.fetchExists(ROOM_EVENT, ROOM_EVENT.TOPIC_ID.eq(topicId));
  }

  /** Whether any topic of the session has started in a room; see {@link #topicHasRun}. */
  static boolean sessionHasRun(DSLContext dsl, long sessionId) {
    return dsl.fetchExists(ROOM_EVENT, ROOM_EVENT.SESSION_ID.eq(sessionId));
  }

  private long roomId(DSLContext dsl, RoomSlug room) {
    Long known = roomIds.get(room);
    if (known != null) {
      return known;
    }
    long id =
        dsl.select(ROOM.ID)
            .from(ROOM)
            .where(ROOM.SLUG.eq(room.value()))
            .fetchOptional(ROOM.ID)
            .orElseThrow(() -> new IllegalArgumentException("no room " + room));
    roomIds.put(room, id);
    return id;
  }
}
