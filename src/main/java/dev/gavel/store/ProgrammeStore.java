package dev.gavel.store;

import static dev.gavel.store.schema.Tables.EVENT;
import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.SESSION;
import static dev.gavel.store.schema.Tables.TOPIC;
import static dev.gavel.store.schema.Tables.TOPIC_PRESENTER;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.RoomInfo;
import dev.gavel.room.Agenda;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.SessionId;
import dev.gavel.room.Topic;
import dev.gavel.room.TopicId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The programme in SQLite: events, rooms, sessions and topics. */
public final class ProgrammeStore {

  private final Database database;

  public ProgrammeStore(Database database) {
    this.database = database;
  }

  public boolean isEmpty() {
    return database.read(dsl -> dsl.fetchCount(EVENT) == 0);
  }

  /** Creates a whole event in one transaction; each room gets a fresh moderator secret. */
  public void create(EventPlan plan, Supplier<String> newSecret) {
    database.transaction(
        dsl -> {
          long eventId =
              dsl.insertInto(EVENT)
                  .set(EVENT.SLUG, plan.slug())
                  .set(EVENT.TITLE, plan.title())
                  .set(EVENT.SLIDE_LIMIT, (long) plan.slideLimit())
                  .set(EVENT.TIME_ZONE, plan.timeZone().getId())
                  .returning(EVENT.ID)
                  .fetchOne(EVENT.ID);
          for (EventPlan.RoomPlan room : plan.rooms()) {
            long roomId =
                dsl.insertInto(ROOM)
                    .set(ROOM.EVENT_ID, eventId)
                    .set(ROOM.SLUG, new RoomSlug(room.slug()).value())
                    .set(ROOM.NAME, room.name())
                    .set(ROOM.MODERATOR_SECRET, newSecret.get())
                    .set(ROOM.NOTES_SECRET, newSecret.get())
                    .returning(ROOM.ID)
                    .fetchOne(ROOM.ID);
            long sessionPosition = 0;
            for (EventPlan.SessionPlan session : room.sessions()) {
              long sessionId =
                  dsl.insertInto(SESSION)
                      .set(SESSION.ROOM_ID, roomId)
                      .set(SESSION.POSITION, sessionPosition++)
                      .set(SESSION.TITLE, session.title())
                      .set(SESSION.MODERATOR, session.moderator())
                      .set(SESSION.STARTS_AT, text(session.startsAt()))
                      .set(SESSION.ENDS_AT, text(session.endsAt()))
                      .returning(SESSION.ID)
                      .fetchOne(SESSION.ID);
              insertTopics(dsl, sessionId, session.topics());
            }
          }
          return null;
        });
  }

  private static void insertTopics(DSLContext dsl, long sessionId, List<EventPlan.TopicPlan> topics) {
    long position = 0;
    for (EventPlan.TopicPlan topic : topics) {
      Duration presentation =
          topic.presentationBudget() != null
              ? topic.presentationBudget()
              : Topic.defaultPresentationBudget(topic.budget());
      long topicId =
          dsl.insertInto(TOPIC)
              .set(TOPIC.SESSION_ID, sessionId)
              .set(TOPIC.POSITION, position++)
              .set(TOPIC.TITLE, topic.title())
              .set(TOPIC.CATEGORY, topic.category())
              .set(TOPIC.BUDGET_SECONDS, topic.budget().toSeconds())
              .set(TOPIC.PRESENTATION_SECONDS, presentation.toSeconds())
              .set(TOPIC.SLIDE_LIMIT, topic.slideLimit() == null ? null : (long) topic.slideLimit())
              .set(TOPIC.ABSTRACT, topic.abstractText())
              .set(TOPIC.SOURCE_KEY, topic.key())
              .set(TOPIC.STARTS_AT, text(topic.startsAt()))
              .returning(TOPIC.ID)
              .fetchOne(TOPIC.ID);
      long presenterPosition = 0;
      for (String presenter : topic.presenters()) {
        dsl.insertInto(TOPIC_PRESENTER)
            .set(TOPIC_PRESENTER.TOPIC_ID, topicId)
            .set(TOPIC_PRESENTER.POSITION, presenterPosition++)
            .set(TOPIC_PRESENTER.NAME, presenter)
            .execute();
      }
    }
  }

  /** Instants are kept as ISO-8601 text with their offset, as written in the source. */
  private static String text(java.time.OffsetDateTime instant) {
    return instant == null ? null : instant.toString();
  }

  /** Rooms made before note-takers had links of their own get one now. */
  public void giveEveryRoomANotesSecret(Supplier<String> newSecret) {
    database.transaction(
        dsl -> {
          for (Long room : dsl.select(ROOM.ID).from(ROOM).where(ROOM.NOTES_SECRET.isNull()).fetch(ROOM.ID)) {
            dsl.update(ROOM).set(ROOM.NOTES_SECRET, newSecret.get()).where(ROOM.ID.eq(room)).execute();
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
                    ROOM.NOTES_SECRET)
                .from(ROOM)
                .join(EVENT)
                .on(EVENT.ID.eq(ROOM.EVENT_ID))
                .orderBy(EVENT.ID, ROOM.ID)
                .fetch(
                    row ->
                        new RoomInfo(
                            new RoomSlug(row.value1()),
                            row.value2(),
                            row.value3(),
                            row.value4(),
                            row.value5(),
                            row.value6())));
  }

  /** The room's sessions and topics in running order, each topic with its effective slide limit. */
  public Agenda agenda(RoomSlug room) {
    return database.read(
        dsl -> {
          var topics =
              dsl.select(
                      SESSION.ID,
                      SESSION.TITLE,
                      TOPIC.ID,
                      TOPIC.TITLE,
                      TOPIC.CATEGORY,
                      TOPIC.BUDGET_SECONDS,
                      TOPIC.PRESENTATION_SECONDS,
                      TOPIC.SLIDE_LIMIT,
                      EVENT.SLIDE_LIMIT)
                  .from(SESSION)
                  .join(ROOM)
                  .on(ROOM.ID.eq(SESSION.ROOM_ID))
                  .join(EVENT)
                  .on(EVENT.ID.eq(ROOM.EVENT_ID))
                  .leftJoin(TOPIC)
                  .on(TOPIC.SESSION_ID.eq(SESSION.ID))
                  .where(ROOM.SLUG.eq(room.value()))
                  .orderBy(SESSION.POSITION, TOPIC.POSITION)
                  .fetch();
          Map<Long, List<String>> presenters = presenters(dsl, room);
          Map<Long, List<Record>> bySession =
              topics.stream()
                  .collect(
                      Collectors.groupingBy(
                          row -> row.get(SESSION.ID),
                          java.util.LinkedHashMap::new,
                          Collectors.toList()));
          return new Agenda(
              bySession.values().stream()
                  .map(
                      rows ->
                          new Agenda.Session(
                              new SessionId(rows.getFirst().get(SESSION.ID)),
                              rows.getFirst().get(SESSION.TITLE),
                              rows.stream()
                                  .filter(row -> row.get(TOPIC.ID) != null)
                                  .map(row -> topic(row, presenters))
                                  .toList()))
                  .toList());
        });
  }

  private static Topic topic(Record row, Map<Long, List<String>> presenters) {
    Long ownLimit = row.get(TOPIC.SLIDE_LIMIT);
    long limit = ownLimit != null ? ownLimit : row.get(EVENT.SLIDE_LIMIT);
    return new Topic(
        new TopicId(row.get(TOPIC.ID)),
        new SessionId(row.get(SESSION.ID)),
        row.get(TOPIC.TITLE),
        presenters.getOrDefault(row.get(TOPIC.ID), List.of()),
        row.get(TOPIC.CATEGORY),
        Duration.ofSeconds(row.get(TOPIC.BUDGET_SECONDS)),
        Duration.ofSeconds(row.get(TOPIC.PRESENTATION_SECONDS)),
        (int) limit);
  }

  private static Map<Long, List<String>> presenters(DSLContext dsl, RoomSlug room) {
    return dsl.select(TOPIC_PRESENTER.TOPIC_ID, TOPIC_PRESENTER.NAME)
        .from(TOPIC_PRESENTER)
        .join(TOPIC)
        .on(TOPIC.ID.eq(TOPIC_PRESENTER.TOPIC_ID))
        .join(SESSION)
        .on(SESSION.ID.eq(TOPIC.SESSION_ID))
        .join(ROOM)
        .on(ROOM.ID.eq(SESSION.ROOM_ID))
        .where(ROOM.SLUG.eq(room.value()))
        .orderBy(TOPIC_PRESENTER.TOPIC_ID, TOPIC_PRESENTER.POSITION)
        .fetchGroups(TOPIC_PRESENTER.TOPIC_ID, TOPIC_PRESENTER.NAME);
  }
}
