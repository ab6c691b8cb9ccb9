package dev.gavel.store;

import static dev.gavel.store.schema.Tables.EVENT;
import static dev.gavel.store.schema.Tables.PROPOSAL;
import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.SESSION;
import static dev.gavel.store.schema.Tables.TOPIC;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventSummary;
import dev.gavel.programme.ImportChanges;
import dev.gavel.programme.ImportPace;
import dev.gavel.programme.ImportResult;
import dev.gavel.programme.Programme;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.programme.RoomInfo;
import dev.gavel.programme.UnfinishedImport;
import dev.gavel.room.Agenda;
import dev.gavel.room.RoomSlug;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;

/** The programme in SQLite: events, rooms, sessions, topics and their people. */
public final class ProgrammeStore {

  private final Database database;
  private static final long NONE = -1;

  private final List<Consumer<ProgrammeChange>> listeners = new CopyOnWriteArrayList<>();
  // The record of the import being written, which is not one that stopped.
  private final AtomicLong running = new AtomicLong(NONE);

  public ProgrammeStore(Database database) {
    this.database = database;
  }

  public boolean isEmpty() {
    return database.read(dsl -> dsl.fetchCount(EVENT) == 0);
  }

  /** Runs after every committed change to the programme, so live rooms can follow it. */
  public void onChange(Runnable listener) {
    listeners.add(change -> listener.run());
  }

  /** Runs after every committed change to the programme, told what the change touched. */
  public void followChanges(Consumer<ProgrammeChange> listener) {
    listeners.add(listener);
  }

  void changed() {
    changed(new ProgrammeChange.AnyEvent());
  }

  private void changed(ProgrammeChange change) {
    listeners.forEach(listener -> listener.accept(change));
  }

  /** Creates a whole, published event; each room gets fresh secrets. */
  public void create(EventPlan plan, Supplier<String> newSecret) {
    importPlan(plan, newSecret, true);
  }

  /**
   * Makes the event's programme match the plan. The stored programme is read and the changes are
   * worked out before the writer is asked for; they are then written in chunks of whole sessions,
   * each a short transaction of its own, so that live rooms keep saving their commands meanwhile.
   * No other change of the programme comes in between. A new event is a draft until the last chunk.
   * Should a chunk after the first fail, the chunks before it stay, and the failure says exactly
   * how far the import got; importing the same file again completes it.
   *
   * @param publish whether an event the import makes is published at once; an event that exists
   *     keeps its state
   * @throws ProgrammeException when a room's address is taken by other events; nothing is written
   * @throws StoreException when the first chunk cannot be written; nothing is written
   * @throws ImportStopped when a later chunk cannot be written
   */
  public ImportResult importPlan(EventPlan plan, Supplier<String> newSecret, boolean publish) {
    return importPlan(plan, newSecret, publish, ImportPace.none());
  }

  /**
   * {@link #importPlan(EventPlan, Supplier, boolean)}, standing aside between its chunks while
   * rooms are busy, as the pace says: never inside a chunk's transaction.
   */
  public ImportResult importPlan(
      EventPlan plan, Supplier<String> newSecret, boolean publish, ImportPace pace) {
    AtomicBoolean wrote = new AtomicBoolean();
    try {
      return database.programmeChange(() -> write(plan, newSecret, publish, pace, wrote));
    } finally {
      if (wrote.get()) {
        changed(new ProgrammeChange.OneEvent(plan.slug()));
      }
    }
  }

  private ImportResult write(
      EventPlan plan,
      Supplier<String> newSecret,
      boolean publish,
      ImportPace pace,
      AtomicBoolean wrote) {
    ImportChanges changes = database.read(dsl -> PlanImport.changes(dsl, plan, publish));
    List<UnfinishedImport> earlier = database.read(dsl -> ImportRuns.unfinished(dsl, plan.slug()));
    PlanImport writing = new PlanImport(changes, newSecret);
    List<List<PlanImport.Piece>> chunks = PlanImport.chunks(changes, PlanImport.CHUNK_TOPICS);
    try {
      for (int i = 0; i < chunks.size(); i++) {
        List<PlanImport.Piece> chunk = chunks.get(i);
        boolean first = i == 0;
        boolean last = i == chunks.size() - 1;
        try {
          database.transaction(
              dsl -> {
                writing.write(dsl, chunk, first, last);
                return null;
              });
        } catch (RuntimeException e) {
          if (first) {
            throw e;
          }
          throw new ImportStopped(database.read(dsl -> ImportRuns.of(dsl, writing.run())), e);
        }
        running.set(writing.run());
        wrote.set(true);
        pace.step();
      }
    } finally {
      running.set(NONE);
    }
    List<String> completed =
        earlier.stream()
            .map(
                run ->
                    "an earlier import was unfinished, and this one completes it: "
                        + run.sentence())
            .toList();
    return changes.result().noted(completed).written(writing.ids());
  }

  /**
   * What {@link #importPlan} would do now, changing nothing: the same answer, worked out the same
   * way from what is stored, with a note of any earlier import of the event that is unfinished.
   *
   * @throws ProgrammeException when the import would be refused
   */
  public ImportResult previewImport(EventPlan plan, boolean publish) {
    return database.read(
        dsl ->
            PlanImport.changes(dsl, plan, publish)
                .result()
                .noted(
                    ImportRuns.unfinished(dsl, plan.slug()).stream()
                        .map(run -> "an earlier import is unfinished: " + run.sentence())
                        .toList()));
  }

  /**
   * Imports that stopped part way (a failure, a crash) and that no later import of their event has
   * completed, oldest first; an import still running is not one of them.
   */
  public List<UnfinishedImport> unfinishedImports() {
    long now = running.get();
    return database.read(dsl -> ImportRuns.unfinished(dsl, null)).stream()
        .filter(run -> run.id() != now)
        .toList();
  }

  /** The zone of the event stored under this slug, if there is one. */
  public Optional<ZoneId> timeZone(String eventSlug) {
    return eventField(eventSlug, EVENT.TIME_ZONE).map(ZoneId::of);
  }

  /** One field of the event stored under this slug, read alone. */
  private <T> Optional<T> eventField(String eventSlug, Field<T> field) {
    return database.read(
        dsl -> dsl.select(field).from(EVENT).where(EVENT.SLUG.eq(eventSlug)).fetchOptional(field));
  }

  public List<EventSummary> events() {
    return database.read(
        dsl ->
            dsl.select(
                    EVENT.SLUG,
                    EVENT.TITLE,
                    EVENT.PUBLISHED,
                    DSL.countDistinct(ROOM.ID),
                    DSL.countDistinct(TOPIC.ID),
                    DSL.field(
                        DSL.selectCount()
                            .from(PROPOSAL)
                            .join(SESSION.as("s"))
                            .on(SESSION.as("s").ID.eq(PROPOSAL.SESSION_ID))
                            .join(ROOM.as("r"))
                            .on(ROOM.as("r").ID.eq(SESSION.as("s").ROOM_ID))
                            .where(ROOM.as("r").EVENT_ID.eq(EVENT.ID))
                            .and(PROPOSAL.STATE.eq("pending"))))
                .from(EVENT)
                .leftJoin(ROOM)
                .on(ROOM.EVENT_ID.eq(EVENT.ID))
                .leftJoin(SESSION)
                .on(SESSION.ROOM_ID.eq(ROOM.ID))
                .leftJoin(TOPIC)
                .on(TOPIC.SESSION_ID.eq(SESSION.ID))
                .groupBy(EVENT.ID)
                .orderBy(EVENT.ID)
                .fetch(Records.mapping(EventSummary::new)));
  }

  /**
   * Whether the event is published, read alone: after an import of thousands of topics, reading its
   * whole programme to learn this would cost as much again as the import's answer.
   */
  public Optional<Boolean> published(String eventSlug) {
    return eventField(eventSlug, EVENT.PUBLISHED).map(Boolean.TRUE::equals);
  }

  public Optional<Programme> programme(String eventSlug) {
    return database.read(dsl -> ProgrammeReader.programme(dsl, eventSlug));
  }

  /** The slug of the event a session belongs to; empty when there is no such session. */
  public Optional<String> eventOfSession(long sessionId) {
    return database.read(
        dsl ->
            dsl.select(EVENT.SLUG)
                .from(SESSION)
                .join(ROOM)
                .on(ROOM.ID.eq(SESSION.ROOM_ID))
                .join(EVENT)
                .on(EVENT.ID.eq(ROOM.EVENT_ID))
                .where(SESSION.ID.eq(sessionId))
                .fetchOptional(EVENT.SLUG));
  }

  /** Rooms made before note-takers had links of their own get one now. */
  public void giveEveryRoomANotesSecret(Supplier<String> newSecret) {
    database.programmeTransaction(
        dsl -> {
          for (Long room :
              dsl.select(ROOM.ID).from(ROOM).where(ROOM.NOTES_SECRET.isNull()).fetch(ROOM.ID)) {
            dsl.update(ROOM)
                .set(ROOM.NOTES_SECRET, newSecret.get())
                .where(ROOM.ID.eq(room))
                .execute();
          }
          return null;
        });
  }

  public List<RoomInfo> rooms() {
    return database.read(
        dsl ->
            dsl.select(
                    ROOM.SLUG,
                    ROOM.NAME,
                    EVENT.SLUG,
                    EVENT.TITLE,
                    ROOM.MODERATOR_SECRET,
                    ROOM.NOTES_SECRET,
                    EVENT.PUBLISHED)
                .from(ROOM)
                .join(EVENT)
                .on(EVENT.ID.eq(ROOM.EVENT_ID))
                .orderBy(EVENT.ID, ROOM.ID)
                .fetch(
                    Records.mapping(
                        (slug, name, event, title, moderator, notes, published) ->
                            new RoomInfo(
                                new RoomSlug(slug),
                                name,
                                event,
                                title,
                                moderator,
                                notes,
                                Boolean.TRUE.equals(published)))));
  }

  /** Every room's agenda, by room; each event's programme is read once for all its rooms. */
  public Map<RoomSlug, Agenda> agendas() {
    return database.read(
        dsl -> {
          Map<RoomSlug, Agenda> agendas = new LinkedHashMap<>();
          for (String event :
              dsl.select(EVENT.SLUG).from(EVENT).orderBy(EVENT.ID).fetch(EVENT.SLUG)) {
            agendas.putAll(agendas(dsl, event));
          }
          return agendas;
        });
  }

  /** The agendas of one event's rooms, by room; none for an event that is not stored. */
  public Map<RoomSlug, Agenda> agendas(String event) {
    return database.read(dsl -> agendas(dsl, event));
  }

  private static Map<RoomSlug, Agenda> agendas(DSLContext dsl, String event) {
    Map<RoomSlug, Agenda> agendas = new LinkedHashMap<>();
    ProgrammeReader.programme(dsl, event)
        .ifPresent(
            programme -> {
              for (Programme.Room room : programme.rooms()) {
                RoomSlug slug = new RoomSlug(room.slug());
                agendas.put(slug, RoomAgenda.of(programme, slug));
              }
            });
    return agendas;
  }

  /**
   * The room's sessions and topics in running order, each topic with its effective slide limit and
   * its stakeholders: its own, then its session's.
   */
  public Agenda agenda(RoomSlug room) {
    return database.read(
        dsl -> {
          String event =
              dsl.select(EVENT.SLUG)
                  .from(ROOM)
                  .join(EVENT)
                  .on(EVENT.ID.eq(ROOM.EVENT_ID))
                  .where(ROOM.SLUG.eq(room.value()))
                  .fetchOne(EVENT.SLUG);
          return ProgrammeReader.programme(dsl, event == null ? "" : event)
              .map(programme -> RoomAgenda.of(programme, room))
              .orElse(Agenda.empty());
        });
  }
}
