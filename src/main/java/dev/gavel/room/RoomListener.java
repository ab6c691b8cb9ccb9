package dev.gavel.room;

/**
 * Told of every event once it is durable, in log order, on the room's writer. It must not block: it
 * hands the event on (to viewers' outgoing queues, say) and returns.
 */
@FunctionalInterface
public interface RoomListener {
  void published(LoggedEvent event, Room state);

  /**
   * As {@link #published(LoggedEvent, Room)}, knowing whose command made the event: null for an
   * event read back from the log.
   */
  default void published(LoggedEvent event, Room state, Sender by) {
    published(event, state);
  }

  /**
   * The room's programme was replaced (see {@link RoomService#replaceAgenda}); told on the writer,
   * between two events. Screens that show the programme start again from this snapshot.
   */
  default void agendaReplaced(RoomService.Snapshot snapshot) {}
}
