package dev.gavel.store;

import dev.gavel.programme.Programme;
import dev.gavel.room.Agenda;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Pacing;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.SessionId;
import dev.gavel.room.Stakeholder;
import dev.gavel.room.Topic;
import dev.gavel.room.TopicId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One room's part of an event's programme, as the room runs it. */
final class RoomAgenda {

  private RoomAgenda() {}

  static Agenda of(Programme programme, RoomSlug room) {
    return programme.rooms().stream()
        .filter(candidate -> candidate.slug().equals(room.value()))
        .findFirst()
        .map(
            found ->
                new Agenda(
                    found.sessions().stream()
                        .map(
                            session ->
                                new Agenda.Session(
                                    new SessionId(session.id()),
                                    session.title(),
                                    instant(session.startsAt()),
                                    instant(session.endsAt()),
                                    session.topics().stream()
                                        .map(topic -> topic(programme, session, topic))
                                        .toList()))
                        .toList(),
                    pacing(programme.pacing(), found)))
        .orElse(Agenda.empty());
  }

  /**
   * The event's pacing with only this room's topics' own thresholds, so that a topic edited in
   * another room leaves this room's programme as it was.
   */
  private static Pacing pacing(Pacing event, Programme.Room room) {
    Set<TopicId> here =
        room.sessions().stream()
            .flatMap(session -> session.topics().stream())
            .map(topic -> new TopicId(topic.id()))
            .collect(Collectors.toSet());
    Map<TopicId, CueTimes> own = new HashMap<>(event.topics());
    own.keySet().retainAll(here);
    return new Pacing(event.speakerTurn(), event.event(), own);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  private static Topic topic(
      Programme programme, Programme.Session session, Programme.Topic topic) {
    return new Topic(
        new TopicId(topic.id()),
        new SessionId(session.id()),
        topic.title(),
        topic.presenters(),
        topic.category(),
        topic.budget(),
        topic.presentationBudget(),
        topic.slideLimit() != null ? topic.slideLimit() : programme.slideLimit(),
        stakeholders(topic.stakeholders(), session.stakeholders()));
  }

  /**
   * The topic's own stakeholders, then those its session asked for; a name listed on both counts
   * once. Attendees who signed up themselves are not announced in the room (and a sign-up does not
   * send every screen a new programme).
   */
  private static List<Stakeholder> stakeholders(
      List<Programme.Person> own, List<Programme.Person> session) {
    Map<String, Stakeholder> byName = new LinkedHashMap<>();
    for (Programme.Person person : own) {
      byName.putIfAbsent(person.stakeholder().name(), person.stakeholder());
    }
    for (Programme.Person person : session) {
      if (person.signedUp()) {
        continue;
      }
      byName.putIfAbsent(person.stakeholder().name(), person.stakeholder());
    }
    return List.copyOf(byName.values());
  }
}
