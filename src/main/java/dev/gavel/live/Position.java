package dev.gavel.live;

import dev.gavel.room.Agenda;
import dev.gavel.room.Room;
import dev.gavel.room.RoomService;

/**
 * The room as its sockets last heard of it: the state after the event at {@code seq}, with the
 * programme of that moment. Every snapshot is made from one, so that the events after it follow on
 * with nothing missed or doubled.
 */
record Position(long seq, Room state, Agenda agenda) {

  static Position of(RoomService.Snapshot snapshot) {
    return new Position(snapshot.seq(), snapshot.state(), snapshot.agenda());
  }

  RoomService.Snapshot snapshot() {
    return new RoomService.Snapshot(state, seq, agenda);
  }
}
