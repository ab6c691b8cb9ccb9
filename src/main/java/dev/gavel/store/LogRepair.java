package dev.gavel.store;

import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.ROOM_COMMAND;
import static dev.gavel.store.schema.Tables.ROOM_EVENT;

import dev.gavel.room.RoomSlug;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What an operator needs to repair a room whose log is damaged: every stored row of the log exactly
 * as it is (nothing decoded, so a damaged row comes out as it is too), and cutting the log back to
 * its last sound position. Only ever run while no server uses the database.
 */
public final class LogRepair {

  /** A row of a room's log as stored, every column as its text. */
  public record StoredEvent(long seq, String type, String at, String commandId, String payload) {}

  /** What a cut took away. */
  public record Cut(long keptUpTo, int eventsRemoved, int answersRemoved) {}

  // Read as text whatever it holds: a damaged time must not stop the rows from being saved.
  private static final Field<String> AT =
      DSL.field(DSL.name(ROOM_EVENT.getName(), "at"), String.class);

  private final Database database;

  public LogRepair(Database database) {
    this.database = database;
  }

  /** The room's log as stored, in order; empty when there is no such room. */
  public Optional<List<StoredEvent>> stored(RoomSlug room) {
    return database.read(
        dsl ->
            roomId(dsl, room)
                .map(
                    id ->
                        dsl.select(
                                ROOM_EVENT.SEQ,
                                ROOM_EVENT.TYPE,
                                AT,
                                ROOM_EVENT.COMMAND_ID,
                                ROOM_EVENT.PAYLOAD)
                            .from(ROOM_EVENT)
                            .where(ROOM_EVENT.ROOM_ID.eq(id))
                            .orderBy(ROOM_EVENT.SEQ)
                            .fetch(
                                row ->
                                    new StoredEvent(
                                        row.value1(),
                                        row.value2(),
                                        row.value3(),
                                        row.value4(),
                                        row.value5()))));
  }

  /**
   * Cuts the room's log back so that it ends before {@code position}, in one transaction. A command
   * is all or nothing: when the event at that position was written by a command together with
   * earlier ones, those go too. The answers to the commands whose events went are forgotten, so the
   * same command sent again runs anew.
   *
   * @param position the first position that is not sound
   */
  public Cut cutBefore(RoomSlug room, long position) {
    return database.transaction(
        dsl -> {
          long id =
              roomId(dsl, room)
                  .orElseThrow(() -> new IllegalArgumentException("there is no room " + room));
          String command =
              dsl.select(ROOM_EVENT.COMMAND_ID)
                  .from(ROOM_EVENT)
                  .where(ROOM_EVENT.ROOM_ID.eq(id))
                  .and(ROOM_EVENT.SEQ.eq(position))
                  .fetchOne(ROOM_EVENT.COMMAND_ID);
          Long first =
              command == null
                  ? null
                  : dsl.select(DSL.min(ROOM_EVENT.SEQ))
                      .from(ROOM_EVENT)
                      .where(ROOM_EVENT.ROOM_ID.eq(id))
                      .and(ROOM_EVENT.COMMAND_ID.eq(command))
                      .fetchOne(0, Long.class);
          long from = first == null ? position : Math.min(first, position);
          int events =
              dsl.deleteFrom(ROOM_EVENT)
                  .where(ROOM_EVENT.ROOM_ID.eq(id))
                  .and(ROOM_EVENT.SEQ.ge(from))
                  .execute();
          int answers =
              dsl.deleteFrom(ROOM_COMMAND)
                  .where(ROOM_COMMAND.ROOM_ID.eq(id))
                  .and(ROOM_COMMAND.SEQ.ge(from))
                  .execute();
          return new Cut(from - 1, events, answers);
        });
  }

  private static Optional<Long> roomId(DSLContext dsl, RoomSlug room) {
    return dsl.select(ROOM.ID).from(ROOM).where(ROOM.SLUG.eq(room.value())).fetchOptional(ROOM.ID);
  }
}
