package dev.gavel.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The running topic's speaking queue: who waits, in order, and who has the floor. The blocked
 * devices and the last entry id belong to the room and outlive the topic.
 *
 * @param waiting in the order they will be called
 * @param speaking the entry called last, or null
 * @param calledAt when it was called, or null
 * @param blocked devices the moderator blocked
 * @param lastEntry the highest entry id given so far in the room
 */
public record SpeakingQueue(
    List<QueueEntry> waiting,
    QueueEntry speaking,
    Instant calledAt,
    Set<String> blocked,
    long lastEntry) {

  public SpeakingQueue {
    waiting = List.copyOf(waiting);
    blocked = Collections.unmodifiableSet(new LinkedHashSet<>(blocked));
  }

  public static SpeakingQueue empty() {
    return new SpeakingQueue(List.of(), null, null, Set.of(), 0);
  }

  public Optional<QueueEntry> find(long entry) {
    return waiting.stream().filter(e -> e.id() == entry).findFirst();
  }

  public Optional<QueueEntry> waitingFrom(String device) {
    return waiting.stream().filter(e -> e.device().equals(device)).findFirst();
  }

  /** The entry in the queue or speaking: the ones a moderator may still act on. */
  public Optional<QueueEntry> findAnywhere(long entry) {
    return find(entry).or(() -> Optional.ofNullable(speaking).filter(s -> s.id() == entry));
  }

  /** A new topic's queue: nobody waits or speaks; blocks and ids carry on. */
  SpeakingQueue forNextTopic() {
    return new SpeakingQueue(List.of(), null, null, blocked, lastEntry);
  }

  SpeakingQueue apply(FloorEvent event) {
    return switch (event) {
      case FloorEvent.HandRaised e -> {
        List<QueueEntry> more = new ArrayList<>(waiting);
        more.add(
            new QueueEntry(
                e.entry(), e.device(), e.name(), e.point(), e.kind(), e.seat(), e.at(), Set.of()));
        yield new SpeakingQueue(more, speaking, calledAt, blocked, Math.max(lastEntry, e.entry()));
      }
      case FloorEvent.HandWithdrawn e -> without(e.entry());
      case FloorEvent.RemovedFromQueue e -> without(e.entry());
      case FloorEvent.PointSeconded e ->
          withWaiting(
              waiting.stream()
                  .map(q -> q.id() == e.entry() ? q.secondedBy(e.device()) : q)
                  .toList());
      case FloorEvent.SpeakerCalled e -> {
        QueueEntry called = find(e.entry()).orElse(speaking);
        yield new SpeakingQueue(
            waiting.stream().filter(q -> q.id() != e.entry()).toList(),
            called,
            e.at(),
            blocked,
            lastEntry);
      }
      case FloorEvent.MovedInQueue e -> {
        List<QueueEntry> moved = new ArrayList<>(waiting);
        QueueEntry entry = find(e.entry()).orElseThrow();
        moved.remove(entry);
        moved.add(Math.min(e.position() - 1, moved.size()), entry);
        yield withWaiting(moved);
      }
      case FloorEvent.QueueCleared e -> withWaiting(List.of());
      case FloorEvent.DeviceBlocked e -> {
        Set<String> more = new LinkedHashSet<>(blocked);
        more.add(e.device());
        yield new SpeakingQueue(
            waiting.stream().filter(q -> !q.device().equals(e.device())).toList(),
            speaking,
            calledAt,
            more,
            lastEntry);
      }
      case FloorEvent.QueueLeft e -> forNextTopic();
      case FloorEvent.RoomMessageShown e -> this;
      case FloorEvent.RoomMessageCleared e -> this;
      case FloorEvent.BlackoutSet e -> this;
      case FloorEvent.ClockHidden e -> this;
      case FloorEvent.QrShown e -> this;
    };
  }

  private SpeakingQueue without(long entry) {
    return withWaiting(waiting.stream().filter(q -> q.id() != entry).toList());
  }

  private SpeakingQueue withWaiting(List<QueueEntry> next) {
    return new SpeakingQueue(next, speaking, calledAt, blocked, lastEntry);
  }
}
