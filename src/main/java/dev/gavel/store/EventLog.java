package dev.gavel.store;

import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.ROOM_COMMAND;
import static dev.gavel.store.schema.Tables.ROOM_EVENT;

import dev.gavel.json.EventCodec;
import dev.gavel.room.Answer;
import dev.gavel.room.LogFailure;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomLog;
import dev.gavel.room.RoomSlug;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The session logs of every room, in SQLite: one row an event, one row an answered command. A
 * storage failure leaves as the {@link LogFailure} that the room's log contract declares.
 */
public final class EventLog implements RoomLog {

  private final Database database;
  private final EventCodec codec;

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
                            row -> new LoggedEvent(row.value1(), codec.fromJson(row.value2())))));
  }

  @Override
  public Optional<Answer> answerTo(RoomSlug room, String commandId) {
    return declared(
        () ->
            database.read(
                dsl ->
                    dsl.select(ROOM_COMMAND.SEQ, ROOM_COMMAND.REFUSAL)
                        .from(ROOM_COMMAND)
                        .where(ROOM_COMMAND.ROOM_ID.eq(roomId(dsl, room)))
                        .and(ROOM_COMMAND.COMMAND_ID.eq(commandId))
                        .fetchOptional(
                            row ->
                                row.value2() == null
                                    ? new Answer.Ack(row.value1())
                                    : new Answer.Refusal(row.value1(), row.value2()))));
  }

  @Override
  public void append(
      RoomSlug room, long firstSeq, List<RoomEvent> events, String commandId, Answer answer) {
    declared(
        () ->
            database.transaction(
                dsl -> {
                  long roomId = roomId(dsl, room);
                  long seq = firstSeq;
                  for (RoomEvent event : events) {
                    dsl.insertInto(ROOM_EVENT)
                        .set(ROOM_EVENT.ROOM_ID, roomId)
                        .set(ROOM_EVENT.SEQ, seq++)
                        .set(ROOM_EVENT.TYPE, EventCodec.typeName(event))
                        .set(ROOM_EVENT.PAYLOAD, codec.toJson(event))
                        .set(ROOM_EVENT.AT, event.at().toString())
                        .set(ROOM_EVENT.COMMAND_ID, commandId)
                        .execute();
                  }
                  dsl.insertInto(ROOM_COMMAND)
                      .set(ROOM_COMMAND.ROOM_ID, roomId)
                      .set(ROOM_COMMAND.COMMAND_ID, commandId)
                      .set(ROOM_COMMAND.SEQ, answer.seq())
                      .set(
                          ROOM_COMMAND.REFUSAL,
                          answer instanceof Answer.Refusal refusal ? refusal.reason() : null)
                      .execute();
                  return null;
                }));
  }

  private static <T> T declared(Supplier<T> work) {
    try {
      return work.get();
    } catch (StoreException e) {
      throw new LogFailure(e.getMessage(), e);
    }
  }

  private static long roomId(DSLContext dsl, RoomSlug room) {
    return dsl.select(ROOM.ID)
        .from(ROOM)
        .where(ROOM.SLUG.eq(room.value()))
        .fetchOptional(ROOM.ID)
        .orElseThrow(() -> new IllegalArgumentException("no room " + room));
  }
}
