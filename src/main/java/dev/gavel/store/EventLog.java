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
  public Optional<AnsweredBefore> appendAll(RoomSlug room, List<Append> appends) {
    try {
      declared(() -> database.transaction(dsl -> appendAll(dsl, room, appends)));
      return Optional.empty();
    } catch (Conflict conflict) {
      return declared(() -> answeredBefore(room, appends));
    } catch (LogFailure failure) {
      roomIds.remove(room);
      throw failure;
    }
  }

  /**
   * The commands' rows go first, all in one statement: the primary key (room, command id) skips an
   * id answered before, and when one was, the transaction is rolled back and the earlier answer
   * read instead. So new ids cost no query beyond two inserts for the whole batch.
   */
  private Void appendAll(DSLContext dsl, RoomSlug room, List<Append> appends) {
    long roomId = roomId(dsl, room);
    var commands =
        dsl.insertInto(
            ROOM_COMMAND,
            ROOM_COMMAND.ROOM_ID,
            ROOM_COMMAND.COMMAND_ID,
            ROOM_COMMAND.SEQ,
            ROOM_COMMAND.REFUSAL);
    var events =
        dsl.insertInto(
            ROOM_EVENT,
            ROOM_EVENT.ROOM_ID,
            ROOM_EVENT.SEQ,
            ROOM_EVENT.TYPE,
            ROOM_EVENT.PAYLOAD,
            ROOM_EVENT.AT,
            ROOM_EVENT.COMMAND_ID,
            ROOM_EVENT.TOPIC_ID,
            ROOM_EVENT.SESSION_ID);
    boolean anyEvent = false;
    for (Append append : appends) {
      Answer answer = append.answer();
      commands.values(
          roomId,
          append.commandId(),
          answer.seq(),
          answer instanceof Answer.Refusal refusal ? refusal.reason() : null);
      long seq = append.firstSeq();
      for (RoomEvent event : append.events()) {
        Topic started = event instanceof RoomEvent.TopicStarted start ? start.topic() : null;
        events.values(
            roomId,
            seq++,
            EventCodec.typeName(event),
            codec.toJson(event),
            event.at(),
            append.commandId(),
            started == null ? null : started.id().value(),
            started == null ? null : started.session().value());
        anyEvent = true;
      }
    }
    int claimed = commands.onConflictDoNothing().execute();
    if (claimed < appends.size()) {
      throw new Conflict();
    }
    if (anyEvent) {
      events.execute();
    }
    return null;
  }

  /** After the rolled-back append: the first of its command ids that the log answered before. */
  private Optional<AnsweredBefore> answeredBefore(RoomSlug room, List<Append> appends) {
    return database.read(
        dsl -> {
          long roomId = roomId(dsl, room);
          for (int i = 0; i < appends.size(); i++) {
            Optional<Answer> before = storedAnswer(dsl, roomId, appends.get(i).commandId());
            if (before.isPresent()) {
              return Optional.of(new AnsweredBefore(i, before.get()));
            }
          }
          throw new StoreException("an append repeated one of its own command ids", null);
        });
  }

  /** Rolls an append back: one of its command ids was answered before. */
  private static final class Conflict extends RuntimeException {
    Conflict() {
      super(null, null, false, false);
    }
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
