package dev.gavel.room;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The room's programme, in running order: its sessions and each session's topics, and how its event
 * paces them (a speaker's turn, the timer's attention thresholds).
 */
public record Agenda(List<Session> sessions, Pacing pacing) {

  public Agenda {
    sessions = List.copyOf(sessions);
    pacing = pacing == null ? Pacing.standard() : pacing;
  }

  /** A programme paced as the server's defaults. */
  public Agenda(List<Session> sessions) {
    this(sessions, Pacing.standard());
  }

  /**
   * @param startsAt its planned start, or null when the programme gives no time
   * @param endsAt its planned end; null exactly when {@code startsAt} is
   */
  public record Session(
      SessionId id, String title, Instant startsAt, Instant endsAt, List<Topic> topics) {
    public Session {
      topics = List.copyOf(topics);
      if ((startsAt == null) != (endsAt == null)) {
        throw new IllegalArgumentException("a session has both a start and an end, or neither");
      }
    }

    /** A session the programme gives no time. */
    public Session(SessionId id, String title, List<Topic> topics) {
      this(id, title, null, null, topics);
    }
  }

  public static Agenda empty() {
    return new Agenda(List.of());
  }

  public List<Topic> topics() {
    return sessions.stream().flatMap(session -> session.topics().stream()).toList();
  }

  public Optional<Topic> find(TopicId id) {
    return topics().stream().filter(topic -> topic.id().equals(id)).findFirst();
  }

  public Optional<Session> session(SessionId id) {
    return sessions.stream().filter(session -> session.id().equals(id)).findFirst();
  }

  /** The first topic in running order that is neither finished nor the one running now. */
  public Optional<Topic> next(Collection<TopicId> done, Optional<TopicId> running) {
    return topics().stream()
        .filter(topic -> !done.contains(topic.id()))
        .filter(topic -> running.map(id -> !id.equals(topic.id())).orElse(true))
        .findFirst();
  }
}
