package dev.gavel.room;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an event paces its rooms: a speaker's turn, and the attention thresholds of the event and of
 * those of its topics that set their own (a five-minute lightning topic wants an earlier warning
 * than a half-hour one).
 *
 * @param speakerTurn how long a called speaker's turn is
 * @param event the event's thresholds; what it leaves unset is the server's
 * @param topics the thresholds of topics that set any, by topic; what they leave unset is the
 *     event's
 */
public record Pacing(Duration speakerTurn, CueTimes event, Map<TopicId, CueTimes> topics) {

  public static final Duration DEFAULT_TURN = Duration.ofMinutes(2);
  public static final Duration SHORTEST_TURN = Duration.ofSeconds(15);
  public static final Duration LONGEST_TURN = Duration.ofMinutes(30);

  public Pacing {
    Objects.requireNonNull(event, "event");
    topics = Map.copyOf(topics);
    if (speakerTurn.compareTo(SHORTEST_TURN) < 0 || speakerTurn.compareTo(LONGEST_TURN) > 0) {
      throw new IllegalArgumentException(
          "a speaker's turn is between 0:15 and 30:00, not " + speakerTurn);
    }
  }

  /** A two-minute turn, and the server's thresholds throughout. */
  public static Pacing standard() {
    return new Pacing(DEFAULT_TURN, CueTimes.NONE, Map.of());
  }

  /**
   * The thresholds a topic runs by: its own, else its event's, else the server's; between topics
   * the event's.
   */
  public TimerThresholds thresholds(Optional<TopicId> topic, TimerThresholds server) {
    TimerThresholds ofEvent = event.over(server);
    return topic.map(id -> topics.getOrDefault(id, CueTimes.NONE).over(ofEvent)).orElse(ofEvent);
  }
}
