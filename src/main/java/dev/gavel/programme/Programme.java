package dev.gavel.programme;

import dev.gavel.room.CueTimes;
import dev.gavel.room.Pacing;
import dev.gavel.room.Stakeholder;
import dev.gavel.room.TopicId;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * An event's programme as the organiser edits it: the same tree as {@link EventPlan}, with the ids
 * that forms and buttons refer to.
 *
 * @param pacing a speaker's turn and the timer's thresholds, the event's and its topics' own
 */
public record Programme(
    String slug,
    String title,
    int slideLimit,
    ZoneId timeZone,
    boolean published,
    List<Room> rooms,
    List<NoOverlap> noOverlap,
    Pacing pacing) {

  public Programme {
    rooms = List.copyOf(rooms);
    noOverlap = List.copyOf(noOverlap);
    pacing = pacing == null ? Pacing.standard() : pacing;
  }

  /** A programme paced as the server's defaults. */
  public Programme(
      String slug,
      String title,
      int slideLimit,
      ZoneId timeZone,
      boolean published,
      List<Room> rooms,
      List<NoOverlap> noOverlap) {
    this(slug, title, slideLimit, timeZone, published, rooms, noOverlap, Pacing.standard());
  }

  /** The thresholds this topic sets of its own (each may be unset). */
  public CueTimes cues(long topicId) {
    return pacing.topics().getOrDefault(new TopicId(topicId), CueTimes.NONE);
  }

  public record Room(String slug, String name, List<Session> sessions) {
    public Room {
      sessions = List.copyOf(sessions);
    }
  }

  public record Session(
      long id,
      String key,
      String title,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String moderator,
      List<Person> stakeholders,
      List<Topic> topics) {
    public Session {
      stakeholders = List.copyOf(stakeholders);
      topics = List.copyOf(topics);
    }
  }

  /** A topic of the programme; its effective slide limit is its own or else the event's. */
  public record Topic(
      long id,
      String key,
      String title,
      List<String> presenters,
      String category,
      Duration budget,
      Duration presentationBudget,
      Integer slideLimit,
      String abstractText,
      OffsetDateTime startsAt,
      List<Person> stakeholders,
      EventPlan.Listing listing) {
    public Topic {
      presenters = List.copyOf(presenters);
      stakeholders = List.copyOf(stakeholders);
      listing = listing == null ? EventPlan.Listing.NONE : listing;
    }
  }

  /**
   * A stakeholder as stored, with the id that changes their state or removes them.
   *
   * @param signedUp an attendee who added themselves, rather than someone the organiser asked for
   */
  public record Person(long id, Stakeholder stakeholder, boolean signedUp) {}

  public Optional<Session> session(long id) {
    return rooms.stream()
        .flatMap(room -> room.sessions().stream())
        .filter(session -> session.id() == id)
        .findFirst();
  }

  public Optional<Topic> topic(long id) {
    return rooms.stream()
        .flatMap(room -> room.sessions().stream())
        .flatMap(session -> session.topics().stream())
        .filter(topic -> topic.id() == id)
        .findFirst();
  }

  /** The same programme without ids, as exports write it; its pacing too. */
  public EventPlan plan() {
    return new EventPlan(
        slug,
        title,
        slideLimit,
        timeZone,
        rooms.stream()
            .map(
                room ->
                    new EventPlan.RoomPlan(
                        room.slug(),
                        room.name(),
                        room.sessions().stream().map(this::plan).toList()))
            .toList(),
        noOverlap,
        pacing.speakerTurn(),
        pacing.event());
  }

  private EventPlan.SessionPlan plan(Session session) {
    return new EventPlan.SessionPlan(
        session.key(),
        session.title(),
        session.startsAt(),
        session.endsAt(),
        session.moderator(),
        people(session.stakeholders()),
        session.topics().stream().map(topic -> plan(topic).paced(cues(topic.id()))).toList());
  }

  /** A stored topic as a plan has it, without its id. */
  public static EventPlan.TopicPlan plan(Topic topic) {
    return new EventPlan.TopicPlan(
        topic.key(),
        topic.title(),
        topic.presenters(),
        topic.category(),
        topic.budget(),
        topic.presentationBudget(),
        topic.slideLimit(),
        topic.abstractText(),
        topic.startsAt(),
        people(topic.stakeholders()),
        topic.listing(),
        CueTimes.NONE);
  }

  private static List<Stakeholder> people(List<Person> people) {
    return people.stream().map(Person::stakeholder).toList();
  }
}
