package dev.gavel.programme;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A topic someone proposed through the public form for a session, waiting for the organiser.
 *
 * @param topicId the topic it became once accepted, else null
 */
public record Proposal(
    long id,
    long sessionId,
    String sessionTitle,
    String roomName,
    String title,
    List<String> presenters,
    String abstractText,
    String category,
    Instant submittedAt,
    State state,
    Long topicId) {

  public enum State {
    PENDING,
    ACCEPTED,
    DECLINED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Proposal {
    presenters = List.copyOf(presenters);
  }
}
