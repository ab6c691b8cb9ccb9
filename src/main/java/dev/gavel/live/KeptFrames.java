package dev.gavel.live;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;

/**
 * The frames of a room's latest events, as the sockets that see cues got them and as the others
 * did, for a socket that comes back after a short absence: it is sent what it missed instead of a
 * whole snapshot. Bounded in events and in bytes, so that what a socket coming back is sent at once
 * stays well inside what its outbox allows; older frames are forgotten, and a socket that missed
 * more than is kept starts again from a snapshot. For the room's sequence thread alone.
 */
final class KeptFrames {

  /** One event's frame, and the one sent in its place to the sockets that see no cues. */
  private record Kept(long seq, SharedFrame full, SharedFrame withoutCues) {
    long bytes() {
      return full.size() + (withoutCues == full ? 0 : withoutCues.size());
    }
  }

  private final int mostEvents;
  private final long mostBytes;
  private final ArrayDeque<Kept> frames = new ArrayDeque<>();
  // The seq of the last event kept or, before any, of the position the frames start from.
  private long last;
  private long bytes;

  /**
   * @param mostEvents how many of the latest events are kept at most
   * @param mostBytes how many bytes their frames may hold at most, both kinds counted
   */
  KeptFrames(int mostEvents, long mostBytes) {
    if (mostEvents < 0 || mostBytes < 0) {
      throw new IllegalArgumentException("a bound of the kept frames is negative");
    }
    this.mostEvents = mostEvents;
    this.mostBytes = mostBytes;
  }

  /** Forgets every frame: from now on only what comes after {@code seq} can be resumed from. */
  void restart(long seq) {
    frames.clear();
    bytes = 0;
    last = seq;
  }

  /**
   * Keeps the event at {@code seq}, dropping the oldest beyond the bounds. An event that does not
   * follow the last kept one starts the frames again from itself: nothing before a gap is offered.
   */
  void keep(long seq, SharedFrame full, SharedFrame withoutCues) {
    if (seq != last + 1) {
      restart(seq - 1);
    }
    Kept kept = new Kept(seq, full, withoutCues);
    frames.addLast(kept);
    bytes += kept.bytes();
    last = seq;
    while (!frames.isEmpty() && (frames.size() > mostEvents || bytes > mostBytes)) {
      bytes -= frames.removeFirst().bytes();
    }
  }

  /** The seq of the last event kept, or the position the frames start from before any is. */
  long last() {
    return last;
  }

  /**
   * Every frame after {@code seq}, in order, as a socket that does or does not see cues gets them;
   * empty when they are not all kept: {@code seq} is before the oldest kept event's position or
   * beyond the last.
   */
  Optional<SharedFrame[]> after(long seq, boolean seesCues) {
    long oldest = frames.isEmpty() ? last + 1 : frames.getFirst().seq();
    if (seq < oldest - 1 || seq > last) {
      return Optional.empty();
    }
    SharedFrame[] missed = new SharedFrame[(int) (last - seq)];
    Iterator<Kept> newestFirst = frames.descendingIterator();
    for (int i = missed.length - 1; i >= 0; i--) {
      Kept kept = newestFirst.next();
      missed[i] = seesCues ? kept.full() : kept.withoutCues();
    }
    return Optional.of(missed);
  }
}
