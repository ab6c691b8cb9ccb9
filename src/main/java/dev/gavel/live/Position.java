package dev.gavel.live;

import dev.gavel.room.Agenda;
import dev.gavel.room.Room;
import dev.gavel.room.RoomService;

/**
 * The room as its sockets last heard of it: the state after the event at {@code seq}, with the
 * programme of that moment, in the run of the room's outgoing sequence that {@code stream} names.
 * Every snapshot is made from one, so that the events after it follow on with nothing missed or
 * doubled; a socket that comes back names the stream and the seq it had read to, to be sent only
 * what it missed.
 */
record Position(long seq, Room state, Agenda agenda, String stream) {

  /** A new run of the sequence, starting from this snapshot of the room. */
  static Position of(RoomService.Snapshot snapshot, String stream) {
    return new Position(snapshot.seq(), snapshot.state(), snapshot.agenda(), stream);
  }

  /** The position after the next event, in the same run. */
  Position next(long seq, Room state, Agenda agenda) {
    return new Position(seq, state, agenda, stream);
  }

  RoomService.Snapshot snapshot() {
    return new RoomService.Snapshot(state, seq, agenda);
  }
}
