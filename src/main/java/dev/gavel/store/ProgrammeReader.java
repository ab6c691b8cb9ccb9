package dev.gavel.store;

import static dev.gavel.store.schema.Tables.EVENT;
import static dev.gavel.store.schema.Tables.NO_OVERLAP;
import static dev.gavel.store.schema.Tables.ROOM;
import static dev.gavel.store.schema.Tables.SESSION;
import static dev.gavel.store.schema.Tables.STAKEHOLDER;
import static dev.gavel.store.schema.Tables.TOPIC;
import static dev.gavel.store.schema.Tables.TOPIC_LINK;
import static dev.gavel.store.schema.Tables.TOPIC_PRESENTER;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.NoOverlap;
import dev.gavel.programme.Programme;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Pacing;
import dev.gavel.room.Stakeholder;
import dev.gavel.room.TopicId;
import dev.gavel.store.schema.tables.records.EventRecord;
import dev.gavel.store.schema.tables.records.SessionRecord;
import dev.gavel.store.schema.tables.records.TopicPresenterRecord;
import dev.gavel.store.schema.tables.records.TopicRecord;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** Reads an event's whole programme, with ids, in a few queries whatever its size. */
final class ProgrammeReader {

  private ProgrammeReader() {}

  static Optional<Programme> programme(DSLContext dsl, String eventSlug) {
    EventRecord event = dsl.selectFrom(EVENT).where(EVENT.SLUG.eq(eventSlug)).fetchOne();
    if (event == null) {
      return Optional.empty();
    }
    Map<Long, List<SessionRecord>> sessions =
        dsl.select(SESSION.fields())
            .from(SESSION)
            .join(ROOM)
            .on(ROOM.ID.eq(SESSION.ROOM_ID))
            .where(ROOM.EVENT_ID.eq(event.getId()))
            .orderBy(SESSION.POSITION)
            .fetchGroups(SESSION.ROOM_ID, SessionRecord.class);
    Map<Long, List<TopicRecord>> topics =
        dsl.selectFrom(TOPIC)
            .where(TOPIC.SESSION_ID.in(sessionsOf(event.getId())))
            .orderBy(TOPIC.POSITION)
            .fetchGroups(TOPIC.SESSION_ID, TopicRecord.class);
    Map<Long, List<TopicPresenterRecord>> presenters =
        dsl.selectFrom(TOPIC_PRESENTER)
            .where(TOPIC_PRESENTER.TOPIC_ID.in(topicsOf(event.getId())))
            .orderBy(TOPIC_PRESENTER.POSITION)
            .fetchGroups(TOPIC_PRESENTER.TOPIC_ID, TopicPresenterRecord.class);
    Map<Long, List<EventPlan.Link>> links =
        dsl.select(TOPIC_LINK.TOPIC_ID, TOPIC_LINK.URL, TOPIC_LINK.TITLE)
            .from(TOPIC_LINK)
            .where(TOPIC_LINK.TOPIC_ID.in(topicsOf(event.getId())))
            .orderBy(TOPIC_LINK.POSITION)
            .fetchGroups(
                TOPIC_LINK.TOPIC_ID,
                Records.mapping((topic, url, title) -> new EventPlan.Link(url, title)));
    People people = People.of(dsl, event.getId());
    List<Programme.Room> rooms =
        dsl.selectFrom(ROOM)
            .where(ROOM.EVENT_ID.eq(event.getId()))
            .orderBy(ROOM.ID)
            .fetch(
                room ->
                    new Programme.Room(
                        room.getSlug(),
                        room.getName(),
                        sessions.getOrDefault(room.getId(), List.of()).stream()
                            .map(
                                session ->
                                    session(
                                        session,
                                        people,
                                        topics.getOrDefault(session.getId(), List.of()).stream()
                                            .map(topic -> topic(topic, presenters, links, people))
                                            .toList()))
                            .toList()));
    List<NoOverlap> noOverlap =
        dsl.selectFrom(NO_OVERLAP)
            .where(NO_OVERLAP.EVENT_ID.eq(event.getId()))
            .orderBy(NO_OVERLAP.KIND, NO_OVERLAP.NAME)
            .fetch(row -> new NoOverlap(NoOverlap.Kind.fromWireName(row.getKind()), row.getName()));
    return Optional.of(
        new Programme(
            event.getSlug(),
            event.getTitle(),
            event.getSlideLimit().intValue(),
            ZoneId.of(event.getTimeZone()),
            event.getPublished(),
            rooms,
            noOverlap,
            pacing(event, topics)));
  }

  /** The event's turn and thresholds, and those of its topics that set any of their own. */
  private static Pacing pacing(EventRecord event, Map<Long, List<TopicRecord>> topics) {
    Map<TopicId, CueTimes> own = new HashMap<>();
    topics.values().stream()
        .flatMap(List::stream)
        .filter(topic -> topic.getWarningSeconds() != null || topic.getDangerSeconds() != null)
        .forEach(
            topic ->
                own.put(
                    new TopicId(topic.getId()),
                    cues(topic.getWarningSeconds(), topic.getDangerSeconds())));
    return new Pacing(
        Duration.ofSeconds(event.getTurnSeconds()),
        cues(event.getWarningSeconds(), event.getDangerSeconds()),
        own);
  }

  private static CueTimes cues(Long warningSeconds, Long dangerSeconds) {
    return new CueTimes(seconds(warningSeconds), seconds(dangerSeconds));
  }

  private static Duration seconds(Long seconds) {
    return seconds == null ? null : Duration.ofSeconds(seconds);
  }

  private static Programme.Session session(
      SessionRecord row, People people, List<Programme.Topic> topics) {
    return new Programme.Session(
        row.getId(),
        row.getSourceKey(),
        row.getTitle(),
        row.getStartsAt(),
        row.getEndsAt(),
        row.getModerator(),
        people.ofSession(row.getId()),
        topics);
  }

  private static Programme.Topic topic(
      TopicRecord row,
      Map<Long, List<TopicPresenterRecord>> presenters,
      Map<Long, List<EventPlan.Link>> links,
      People people) {
    List<TopicPresenterRecord> named = presenters.getOrDefault(row.getId(), List.of());
    return new Programme.Topic(
        row.getId(),
        row.getSourceKey(),
        row.getTitle(),
        named.stream().map(TopicPresenterRecord::getName).toList(),
        row.getCategory(),
        Duration.ofSeconds(row.getBudgetSeconds()),
        Duration.ofSeconds(row.getPresentationSeconds()),
        row.getSlideLimit() == null ? null : row.getSlideLimit().intValue(),
        row.getAbstract(),
        row.getStartsAt(),
        people.ofTopic(row.getId()),
        listing(row, named, links.getOrDefault(row.getId(), List.of())));
  }

  private static EventPlan.Listing listing(
      TopicRecord row, List<TopicPresenterRecord> presenters, List<EventPlan.Link> links) {
    Map<String, String> personIds = new HashMap<>();
    for (TopicPresenterRecord presenter : presenters) {
      if (presenter.getSourceId() != null) {
        personIds.put(presenter.getName(), presenter.getSourceId());
      }
    }
    return new EventPlan.Listing(
        row.getSubtitle(),
        row.getDescription(),
        row.getLanguage(),
        row.getType(),
        row.getUrl(),
        links,
        row.getNumber(),
        personIds);
  }

  /** One topic's listing, or empty when there is no such topic. */
  static Optional<EventPlan.Listing> listing(DSLContext dsl, long topicId) {
    TopicRecord row = dsl.selectFrom(TOPIC).where(TOPIC.ID.eq(topicId)).fetchOne();
    if (row == null) {
      return Optional.empty();
    }
    List<TopicPresenterRecord> presenters =
        dsl.selectFrom(TOPIC_PRESENTER)
            .where(TOPIC_PRESENTER.TOPIC_ID.eq(topicId))
            .orderBy(TOPIC_PRESENTER.POSITION)
            .fetch();
    List<EventPlan.Link> links =
        dsl.select(TOPIC_LINK.URL, TOPIC_LINK.TITLE)
            .from(TOPIC_LINK)
            .where(TOPIC_LINK.TOPIC_ID.eq(topicId))
            .orderBy(TOPIC_LINK.POSITION)
            .fetch(Records.mapping(EventPlan.Link::new));
    return Optional.of(listing(row, presenters, links));
  }

  /** The ids of the event's sessions, for the queries that read its topics and people. */
  private static Select<Record1<Long>> sessionsOf(long eventId) {
    return DSL.select(SESSION.ID)
        .from(SESSION)
        .join(ROOM)
        .on(ROOM.ID.eq(SESSION.ROOM_ID))
        .where(ROOM.EVENT_ID.eq(eventId));
  }

  private static Select<Record1<Long>> topicsOf(long eventId) {
    return DSL.select(TOPIC.ID).from(TOPIC).where(TOPIC.SESSION_ID.in(sessionsOf(eventId)));
  }

  /** The stakeholders of an event's sessions and topics, each list in the order they were added. */
  record People(
      Map<Long, List<Programme.Person>> bySession, Map<Long, List<Programme.Person>> byTopic) {

    static People of(DSLContext dsl, long eventId) {
      var rows =
          dsl.selectFrom(STAKEHOLDER)
              .where(
                  STAKEHOLDER
                      .SESSION_ID
                      .in(sessionsOf(eventId))
                      .or(STAKEHOLDER.TOPIC_ID.in(topicsOf(eventId))))
              .orderBy(STAKEHOLDER.ID)
              .fetch();
      Map<Long, List<Programme.Person>> bySession = new HashMap<>();
      Map<Long, List<Programme.Person>> byTopic = new HashMap<>();
      for (var row : rows) {
        Programme.Person person =
            new Programme.Person(
                row.getId(),
                new Stakeholder(
                    row.getName(), row.getArea(), Stakeholder.State.fromWireName(row.getState())),
                row.getSignedUp());
        if (row.getSessionId() != null) {
          bySession.computeIfAbsent(row.getSessionId(), id -> new ArrayList<>()).add(person);
        } else {
          byTopic.computeIfAbsent(row.getTopicId(), id -> new ArrayList<>()).add(person);
        }
      }
      return new People(bySession, byTopic);
    }

    List<Programme.Person> ofSession(long id) {
      return bySession.getOrDefault(id, List.of());
    }

    List<Programme.Person> ofTopic(long id) {
      return byTopic.getOrDefault(id, List.of());
    }
  }
}
