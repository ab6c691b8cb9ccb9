package dev.gavel.room;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An attendee waiting to speak.
 *
 * @param id unique in the room, counted from 1 across its whole log
 * @param device the public half of the device's token: who may withdraw it, and whom a block hits
 * @param point the one line they want to raise; empty when none
 * @param seat where the mic runner finds them ("row 5, left"); empty when none
 * @param seconded the devices that gave the point a +1
 */
public record QueueEntry(
    long id,
    String device,
    String name,
    String point,
    QueueKind kind,
    String seat,
    Instant at,
    Set<String> seconded) {

  public QueueEntry {
    seconded = Collections.unmodifiableSet(new LinkedHashSet<>(seconded));
  }

  QueueEntry secondedBy(String other) {
    Set<String> more = new LinkedHashSet<>(seconded);
    more.add(other);
    return new QueueEntry(id, device, name, point, kind, seat, at, more);
  }
}
