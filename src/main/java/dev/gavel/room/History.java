package dev.gavel.room;

import java.util.ArrayList;
import java.util.List;

/**
 * A room's session log as the room applied it, kept in memory beside it, so that the pages and
 * exports made from the log read it without the database and without the room's writer.
 */
final class History implements RoomListener {

  private final List<LoggedEvent> events;

  /**
   * @param applied the log up to the room's position, in order
   */
  History(List<LoggedEvent> applied) {
    this.events = new ArrayList<>(applied);
  }

  @Override
  public synchronized void published(LoggedEvent event, Room state) {
    events.add(event);
  }

  synchronized List<LoggedEvent> events() {
    return List.copyOf(events);
  }
}
