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
 * @param floor the speaking queue, the message to the room, the blackout and the speaker's cue: an
 *     undone cut-off leaves it as it is now
 */
public record Room(
    Phase phase,
    RunningTopic running,
    Countdown timer,
    CutOff cutOff,
    Banner banner,
    Set<TopicId> done,
    Set<TopicId> skipped,
    SessionId session,
    Floor floor) {

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
    return new Room(Phase.IDLE, null, null, null, null, Set.of(), Set.of(), null, Floor.initial());
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

  /**
   * @throws ImpossibleEvent when the event cannot happen in this state: the rules never decide one,
   *     so only a log damaged outside Gavel holds one
   */
  public Room apply(RoomEvent event) {
    String impossible = impossible(event);
    if (impossible != null) {
      throw new ImpossibleEvent(impossible);
    }
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
            e.topic().session(),
            floor.forNextTopic());
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
              session,
              floor);
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
              session,
              floor);
      case RoomEvent.CutOffUndone e -> cutOff.before().withFloor(floor);
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
            session,
            floor);
      }
      case RoomEvent.TopicEnded e -> {
        Set<TopicId> ended = new LinkedHashSet<>(done);
        ended.add(e.topic());
        yield new Room(
            Phase.IDLE, null, null, null, null, ended, skipped, session, floor.forNextTopic());
      }
      case RoomEvent.TopicSkipped e -> withSkipped(List.of(e.topic()));
      case RoomEvent.SessionEnded e -> withSkipped(e.skipped());
      case RoomEvent.NoteWritten e -> this;
      case RoomEvent.NoteCorrected e -> this;
      case RoomEvent.NoteStruck e -> this;
      case FloorEvent e -> withFloor(floor.apply(e));
      case StageEvent e -> withFloor(floor.apply(e));
    };
  }

  /** Why the event cannot happen in this state, or null when it can. */
  private String impossible(RoomEvent event) {
    String noTopic = "no topic is running";
    return switch (event) {
      case RoomEvent.TopicStarted e ->
          running == null
              ? null
              : "a topic starts while topic " + running.topic().id().value() + " is still running";
      case RoomEvent.SlideShown e -> {
        if (running == null) {
          yield "a slide is shown, but " + noTopic;
        }
        int limit = running.topic().slideLimit();
        yield e.slide() >= 1 && e.slide() <= limit
            ? null
            : "slide " + e.slide() + " is shown, but the topic has slides 1 to " + limit;
      }
      case RoomEvent.SlideLimitReached e ->
          running == null ? "a slide limit is reached, but " + noTopic : null;
      case RoomEvent.DiscussionStarted e ->
          running == null ? "a discussion starts, but " + noTopic : null;
      case RoomEvent.TimerPaused e ->
          timer instanceof Countdown.Running ? null : "the timer is paused, but it is not running";
      case RoomEvent.TimerResumed e ->
          timer instanceof Countdown.Paused ? null : "the timer is resumed, but it is not paused";
      case RoomEvent.TimeAdded e -> timer == null ? "time is added, but no timer is set" : null;
      case RoomEvent.PitchCutOff e -> {
        if (running == null) {
          yield "a pitch is cut off, but " + noTopic;
        }
        yield cutOff == null ? null : "a pitch is cut off that was cut off already";
      }
      case RoomEvent.CutOffUndone e ->
          cutOff == null ? "a cut-off is undone, but there is none" : null;
      case RoomEvent.Intervened e -> running == null ? "an intervention, but " + noTopic : null;
      case RoomEvent.TopicEnded e -> {
        if (running == null) {
          yield "topic " + e.topic().value() + " ends, but " + noTopic;
        }
        yield running.topic().id().equals(e.topic())
            ? null
            : "topic "
                + e.topic().value()
                + " ends, but topic "
                + running.topic().id().value()
                + " is running";
      }
      case RoomEvent.TopicSkipped e ->
          e.topic().equals(topicId().orElse(null))
              ? "topic " + e.topic().value() + " is skipped while it runs"
              : null;
      case RoomEvent.SessionEnded e ->
          running == null
              ? null
              : "the session ends while topic "
                  + running.topic().id().value()
                  + " is still running";
      case RoomEvent.NoteWritten e -> null;
      case RoomEvent.NoteCorrected e -> null;
      case RoomEvent.NoteStruck e -> null;
      // The queue, the room message and the cue fold whatever came before them: an entry that is
      // no longer there is simply not changed, so no floor event can be impossible.
      case FloorEvent e -> null;
      case StageEvent e -> null;
    };
  }

  private Room withFloor(Floor next) {
    return new Room(phase, running, timer, cutOff, banner, done, skipped, session, next);
  }

  private Room withRunning(RunningTopic next) {
    return new Room(phase, next, timer, cutOff, banner, done, skipped, session, floor);
  }

  private Room withTimer(Countdown next) {
    return new Room(phase, running, next, cutOff, banner, done, skipped, session, floor);
  }

  private Room withSkipped(List<TopicId> more) {
    Set<TopicId> all = new LinkedHashSet<>(skipped);
    all.addAll(more);
    return new Room(phase, running, timer, cutOff, banner, done, all, session, floor);
  }
}
