package dev.gavel.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The discussion notes of a room, by session, as the log has them. Kept beside the room's state
 * rather than in it: an undone cut-off restores the state before it, and must not take back a note
 * written meanwhile.
 */
public final class Notebook implements RoomListener {

  /** A line of notes at its place in the log; topic is null for a note between topics. */
  public record Note(long seq, Instant at, TopicId topic, String text) {}

  private final Map<SessionId, List<Note>> bySession = new HashMap<>();

  @Override
  public synchronized void published(LoggedEvent logged, Room state) {
    if (logged.event() instanceof RoomEvent.NoteWritten note) {
      bySession
          .computeIfAbsent(note.session(), session -> new ArrayList<>())
          .add(new Note(logged.seq(), note.at(), note.topic(), note.text()));
    }
  }

  /** The session's notes in the order they were written. */
  public synchronized List<Note> of(SessionId session) {
    return List.copyOf(bySession.getOrDefault(session, List.of()));
  }
}
