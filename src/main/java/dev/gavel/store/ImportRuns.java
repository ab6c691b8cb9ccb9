package dev.gavel.store;

import static dev.gavel.store.schema.Tables.EVENT;
import static dev.gavel.store.schema.Tables.IMPORT_RUN;

import dev.gavel.programme.ImportChanges;
import dev.gavel.programme.ImportChanges.RoomChange;
import dev.gavel.programme.ImportChanges.SessionChange;
import dev.gavel.programme.UnfinishedImport;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The record of each import, written in the import's own transactions: how much of the file its
 * committed chunks hold. A record left unfinished is an import that stopped part way; the next
 * import of the event that finishes completes it (and publishes the event it made to be).
 */
final class ImportRuns {

  private static final Field<String> NOW = DSL.field("CURRENT_TIMESTAMP", SQLDataType.VARCHAR);

  private ImportRuns() {}

  /**
   * @param publish whether the import made the event and publishes it once complete
   * @return the record's id
   */
  static long start(DSLContext dsl, ImportChanges changes, boolean publish) {
    long sessions = 0;
    long topics = 0;
    for (RoomChange room : changes.rooms()) {
      for (SessionChange session : room.sessions()) {
        sessions++;
        topics += session.topics().size();
      }
    }
    return dsl.insertInto(IMPORT_RUN)
        .set(IMPORT_RUN.EVENT_SLUG, changes.plan().slug())
        .set(IMPORT_RUN.SESSIONS, sessions)
        .set(IMPORT_RUN.TOPICS, topics)
        .set(IMPORT_RUN.PUBLISH, publish ? 1L : 0L)
        .returning(IMPORT_RUN.ID)
        .fetchOne(IMPORT_RUN.ID);
  }

  /** Counts what a chunk wrote, in the chunk's transaction. */
  static void progress(DSLContext dsl, long run, int sessions, int topics) {
    dsl.update(IMPORT_RUN)
        .set(IMPORT_RUN.WRITTEN_SESSIONS, IMPORT_RUN.WRITTEN_SESSIONS.plus((long) sessions))
        .set(IMPORT_RUN.WRITTEN_TOPICS, IMPORT_RUN.WRITTEN_TOPICS.plus((long) topics))
        .where(IMPORT_RUN.ID.eq(run))
        .execute();
  }

  /**
   * Finishes every unfinished import of the event, this one with them: the event's programme now
   * holds a whole file. An event one of them made to be published is published now.
   */
  static void finish(DSLContext dsl, String event) {
    Condition open = IMPORT_RUN.EVENT_SLUG.eq(event).and(IMPORT_RUN.FINISHED_AT.isNull());
    if (dsl.fetchExists(IMPORT_RUN, open.and(IMPORT_RUN.PUBLISH.eq(1L)))) {
      dsl.update(EVENT).set(EVENT.PUBLISHED, true).where(EVENT.SLUG.eq(event)).execute();
    }
    dsl.update(IMPORT_RUN).set(IMPORT_RUN.FINISHED_AT, NOW).where(open).execute();
  }

  /** The import of this record, as far as its committed chunks got. */
  static UnfinishedImport of(DSLContext dsl, long run) {
    return dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(run)).fetchOne(ImportRuns::unfinished);
  }

  /** Imports that stopped part way, oldest first; of one event, or of all when it is null. */
  static List<UnfinishedImport> unfinished(DSLContext dsl, String event) {
    Condition open = IMPORT_RUN.FINISHED_AT.isNull();
    return dsl.selectFrom(IMPORT_RUN)
        .where(event == null ? open : open.and(IMPORT_RUN.EVENT_SLUG.eq(event)))
        .orderBy(IMPORT_RUN.ID)
        .fetch(ImportRuns::unfinished);
  }

  private static UnfinishedImport unfinished(Record row) {
    return new UnfinishedImport(
        row.get(IMPORT_RUN.ID),
        row.get(IMPORT_RUN.EVENT_SLUG),
        row.get(IMPORT_RUN.STARTED_AT),
        row.get(IMPORT_RUN.SESSIONS).intValue(),
        row.get(IMPORT_RUN.TOPICS).intValue(),
        row.get(IMPORT_RUN.WRITTEN_SESSIONS).intValue(),
        row.get(IMPORT_RUN.WRITTEN_TOPICS).intValue());
  }
}
