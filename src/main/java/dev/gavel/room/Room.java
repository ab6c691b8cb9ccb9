package dev.gavel.room;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A room's live state: the fold of its session log. Immutable; {@link #apply} returns the next
 * state and needs no clock, because every event carries its instant.
 *
 * @param running the topic on now, or null between topics
 * @param timer the running phase's timer, or null between topics
 * @param cutOff the cut-off on screen, or null
 * @param banner the moderator's last typed intervention during this topic, or null
 * @param done topics that have ended, in the order they ended
 * @param skipped topics passed over without running, in the order they were skipped; a topic leaves
 *     this set when it starts
 * @param session the session of the running or last topic, or null before the first
 */
public record Room(
    Phase phase,
    RunningTopic running,
    Countdown timer,
    CutOff cutOff,
    Banner banner,
    Set<TopicId> done,
    Set<TopicId> skipped,
    SessionId session) {

  public Room {
    done = Collections.unmodifiableSet(new LinkedHashSet<>(done));
    skipped = Collections.unmodifiableSet(new LinkedHashSet<>(skipped));
  }

  /**
   * @param slide the slide on screen, from 1 to the topic's limit
   * @param discussionStartedAt when the discussion began, or null during the presentation
   */
  public record RunningTopic(
      Topic topic, Instant startedAt, int slide, Instant discussionStartedAt) {}

  /**
   * @param reason empty when the moderator gave none
   * @param before the state just before the cut-off, which an undo restores exactly
   */
  public record CutOff(String reason, Instant at, Room before) {}

  /** A typed intervention as the screens show it; minutes only for a time extension. */
  public record Banner(Intervention intervention, int minutes, Instant at) {}

  public static Room initial() {
    return new Room(Phase.IDLE, null, null, null, null, Set.of(), Set.of(), null);
  }

  /** Topics that need not come up next: those that ran and those that were skipped. */
  public Set<TopicId> finished() {
    Set<TopicId> finished = new LinkedHashSet<>(done);
    finished.addAll(skipped);
    return Collections.unmodifiableSet(finished);
  }

  public Optional<RunningTopic> topic() {
    return Optional.ofNullable(running);
  }

  public Optional<TopicId> topicId() {
    return topic().map(r -> r.topic().id());
  }

  public boolean isCutOff() {
    return cutOff != null;
  }

  public Room apply(RoomEvent event) {
    return switch (event) {
      case RoomEvent.TopicStarted e -> {
        Set<TopicId> stillSkipped = new LinkedHashSet<>(skipped);
        stillSkipped.remove(e.topic().id());
        yield new Room(
            Phase.PRESENTATION,
            new RunningTopic(e.topic(), e.at(), 1, null),
            Countdown.startingAt(e.at(), e.topic().presentationBudget()),
            null,
            null,
            done,
            stillSkipped,
            e.topic().session());
      }
      case RoomEvent.SlideShown e ->
          withRunning(
              new RunningTopic(
                  running.topic(), running.startedAt(), e.slide(), running.discussionStartedAt()));
      case RoomEvent.SlideLimitReached e -> this;
      case RoomEvent.DiscussionStarted e ->
          new Room(
              Phase.DISCUSSION,
              running.discussionStartedAt() == null
                  ? new RunningTopic(running.topic(), running.startedAt(), running.slide(), e.at())
                  : running,
              Countdown.startingAt(e.at(), e.duration()),
              null,
              banner,
              done,
              skipped,
              session);
      case RoomEvent.TimerPaused e -> withTimer(((Countdown.Running) timer).pause(e.at()));
      case RoomEvent.TimerResumed e -> withTimer(((Countdown.Paused) timer).resume(e.at()));
      case RoomEvent.TimeAdded e -> withTimer(timer.add(e.amount()));
      case RoomEvent.PitchCutOff e ->
          new Room(
              phase,
              running,
              timer instanceof Countdown.Running r ? r.pause(e.at()) : timer,
              new CutOff(e.reason(), e.at(), this),
              banner,
              done,
              skipped,
              session);
      case RoomEvent.CutOffUndone e -> cutOff.before();
      case RoomEvent.Intervened e -> {
        Countdown next =
            e.intervention() == Intervention.TIME_EXTENSION
                ? timer.add(Duration.ofMinutes(e.minutes()))
                : timer;
        yield new Room(
            phase,
            running,
            next,
            cutOff,
            new Banner(e.intervention(), e.minutes(), e.at()),
            done,
            skipped,
            session);
      }
      case RoomEvent.TopicEnded e -> {
        Set<TopicId> ended = new LinkedHashSet<>(done);
        ended.add(e.topic());
        yield new Room(Phase.IDLE, null, null, null, null, ended, skipped, session);
      }
      case RoomEvent.TopicSkipped e -> withSkipped(List.of(e.topic()));
      case RoomEvent.SessionEnded e -> withSkipped(e.skipped());
      case RoomEvent.NoteWritten e -> this;
      case RoomEvent.NoteCorrected e -> this;
      case RoomEvent.NoteStruck e -> this;
    };
  }

  private Room withRunning(RunningTopic next) {
    return new Room(phase, next, timer, cutOff, banner, done, skipped, session);
  }

  private Room withTimer(Countdown next) {
    return new Room(phase, running, next, cutOff, banner, done, skipped, session);
  }

  private Room withSkipped(List<TopicId> more) {
    Set<TopicId> all = new LinkedHashSet<>(skipped);
    all.addAll(more);
    return new Room(phase, running, timer, cutOff, banner, done, all, session);
  }
}
