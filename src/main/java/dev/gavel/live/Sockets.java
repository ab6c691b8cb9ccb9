package dev.gavel.live;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One kind of a room's sockets: joined and left from any thread, and walked for every event by the
 * room's sequence. The walk reads a plain array, taken afresh only after a change: a concurrent
 * set's iterator showed in a profile of the fan-out as a share of each socket's cost.
 */
final class Sockets {

  private static final Connection[] NONE = new Connection[0];

  private final Set<Connection> members = ConcurrentHashMap.newKeySet();
  private final AtomicLong changes = new AtomicLong();
  // The sequence's own: the array it walks and the count of changes it was taken after.
  private Connection[] walked = NONE;
  private long walkedAfter;

  void add(Connection connection) {
    members.add(connection);
    changes.incrementAndGet();
  }

  void remove(Connection connection) {
    if (members.remove(connection)) {
      changes.incrementAndGet();
    }
  }

  /** The sockets as they are now; for the room's sequence alone. */
  Connection[] walk() {
    long seen = changes.get();
    if (seen != walkedAfter) {
      walked = members.toArray(NONE);
      walkedAfter = seen;
    }
    return walked;
  }

  /** A copy, for any thread. */
  Connection[] copy() {
    return members.toArray(NONE);
  }
}
