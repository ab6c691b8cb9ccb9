package dev.gavel.screens;

import dev.gavel.room.Agenda;
import dev.gavel.room.RoomSlug;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each room's attendee page as last made, as bytes, so that a reader asking again costs a look-up
 * and a copy, not a render of every note. One page a room, kept under everything it is made of: the
 * snapshot it starts from (which carries the server's time, so it is made afresh for a moment only,
 * see the live rooms' snapshots), the room's log position, its programme as the room has it, and
 * the programme's version (names, time zones). A page is never served once any of them changed.
 */
final class KeptPages {

  /**
   * What a room's page is made of.
   *
   * @param agenda compared as the very object: a room's programme is replaced, never changed
   */
  record Key(String snapshot, long seq, Agenda agenda, long programme) {

    boolean sameAs(Key other) {
      return seq == other.seq
          && agenda == other.agenda
          && programme == other.programme
          && snapshot.equals(other.snapshot);
    }
  }

  private record Kept(Key key, byte[] page) {}

  private final Map<RoomSlug, Kept> pages = new HashMap<>();

  synchronized Optional<byte[]> find(RoomSlug room, Key key) {
    Kept kept = pages.get(room);
    return kept != null && kept.key().sameAs(key) ? Optional.of(kept.page()) : Optional.empty();
  }

  synchronized void keep(RoomSlug room, Key key, byte[] page) {
    pages.put(room, new Kept(key, page));
  }
}
