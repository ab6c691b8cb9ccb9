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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The session logs of every room, in SQLite: one row an event, one row an answered command. A
 * storage failure leaves as the {@link LogFailure} that the room's log contract declares. A started
 * topic's row also names the topic and its session in columns, so the programme can ask whether
 * they have run without reading the events' JSON.
 */
public final class EventLog implements RoomLog {

  // Rendered by jOOQ once, from its generated names; prepared once on the writing connection.
  private static final String INSERT_COMMAND =
      insert(
              ROOM_COMMAND,
              ROOM_COMMAND.ROOM_ID,
              ROOM_COMMAND.COMMAND_ID,
              ROOM_COMMAND.SEQ,
              ROOM_COMMAND.REFUSAL)
          .onConflictDoNothing()
          .getSQL();
  private static final String INSERT_EVENT =
      insert(
              ROOM_EVENT,
              ROOM_EVENT.ROOM_ID,
              ROOM_EVENT.SEQ,
              ROOM_EVENT.TYPE,
              ROOM_EVENT.PAYLOAD,
              ROOM_EVENT.AT,
              ROOM_EVENT.COMMAND_ID,
              ROOM_EVENT.TOPIC_ID,
              ROOM_EVENT.SESSION_ID)
          .getSQL();
  private static final String SELECT_ANSWER =
      DSL.using(SQLDialect.SQLITE)
          .select(ROOM_COMMAND.SEQ, ROOM_COMMAND.REFUSAL)
          .from(ROOM_COMMAND)
          .where(ROOM_COMMAND.ROOM_ID.eq(DSL.param(ROOM_COMMAND.ROOM_ID)))
          .and(ROOM_COMMAND.COMMAND_ID.eq(DSL.param(ROOM_COMMAND.COMMAND_ID)))
          .getSQL();

  /** An insert of these columns, each bound to a parameter in their order. */
  private static InsertValuesStepN<?> insert(Table<?> table, Field<?>... columns) {
    return DSL.using(SQLDialect.SQLITE)
        .insertInto(table, columns)
        .values(Arrays.stream(columns).map(DSL::param).toArray(Field<?>[]::new));
  }

  // The column's own converter, as jOOQ is told to use it.
  private static final InstantText AT = new InstantText();

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
      declared(() -> database.keptTransaction(statements -> appendAll(statements, room, appends)));
      return Optional.empty();
    } catch (Conflict conflict) {
      return Optional.of(conflict.before);
    } catch (LogFailure failure) {
      roomIds.remove(room);
      throw failure;
    }
  }

  /**
   * The commands' rows go first: the primary key (room, command id) skips an id answered before,
   * and when one was, its stored answer is read and the transaction rolled back. So a new id costs
   * no query beyond its own rows, and the statements are prepared once for the life of the server.
   */
  private Void appendAll(Database.Kept statements, RoomSlug room, List<Append> appends)
      throws SQLException {
    long roomId = roomId(room);
    PreparedStatement commands = statements.statement(INSERT_COMMAND);
    for (Append append : appends) {
      Answer answer = append.answer();
      commands.setLong(1, roomId);
      commands.setString(2, append.commandId());
      commands.setLong(3, answer.seq());
      commands.setString(4, answer instanceof Answer.Refusal refusal ? refusal.reason() : null);
      commands.addBatch();
    }
    int[] claimed = commands.executeBatch();
    for (int i = 0; i < claimed.length; i++) {
      if (claimed[i] == 0) {
        throw new Conflict(answeredBefore(statements, roomId, appends, i));
      }
    }
    PreparedStatement events = statements.statement(INSERT_EVENT);
    boolean anyEvent = false;
    for (Append append : appends) {
      long seq = append.firstSeq();
      for (RoomEvent event : append.events()) {
        Topic started = event instanceof RoomEvent.TopicStarted start ? start.topic() : null;
        events.setLong(1, roomId);
        events.setLong(2, seq++);
        events.setString(3, EventCodec.typeName(event));
        events.setString(4, codec.toJson(event));
        events.setString(5, AT.to(event.at()));
        events.setString(6, append.commandId());
        events.setObject(7, started == null ? null : started.id().value());
        events.setObject(8, started == null ? null : started.session().value());
        events.addBatch();
        anyEvent = true;
      }
    }
    if (anyEvent) {
      events.executeBatch();
    }
    return null;
  }

  /**
   * The answer the log holds to the command id at {@code index}, which its key has just skipped:
   * read inside the transaction, before it is rolled back.
   */
  private static AnsweredBefore answeredBefore(
      Database.Kept statements, long roomId, List<Append> appends, int index) throws SQLException {
    String commandId = appends.get(index).commandId();
    for (int i = 0; i < index; i++) {
      if (appends.get(i).commandId().equals(commandId)) {
        throw new StoreException("an append repeated one of its own command ids", null);
      }
    }
    PreparedStatement select = statements.statement(SELECT_ANSWER);
    select.setLong(1, roomId);
    select.setString(2, commandId);
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        throw new StoreException(
            "the log skipped command " + commandId + " but holds no answer", null);
      }
      long seq = row.getLong(1);
      String refusal = row.getString(2);
      Answer answer = refusal == null ? new Answer.Ack(seq) : new Answer.Refusal(seq, refusal);
      return new AnsweredBefore(index, answer);
    }
  }

  /** Rolls an append back: one of its command ids was answered before, as this says. */
  private static final class Conflict extends RuntimeException {
    private final AnsweredBefore before;

    Conflict(AnsweredBefore before) {
      super(null, null, false, false);
      this.before = before;
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

  /** The room's row id: known, or read on the writing connection inside its transaction. */
  private long roomId(RoomSlug room) {
    Long known = roomIds.get(room);
    return known != null ? known : database.read(dsl -> roomId(dsl, room));
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
