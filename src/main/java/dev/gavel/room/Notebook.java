package dev.gavel.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The discussion notes of a room, by session, as the log has them: each line with its latest text
 * and whether it was struck. Kept beside the room's state rather than in it: an undone cut-off
 * restores the state before it, and must not take back a note written meanwhile.
 */
public final class Notebook implements RoomListener {

  /**
   * A line of notes.
   *
   * @param seq its log position as first written: its id
   * @param topic null for a note between topics
   * @param version the log position of its last change; a correction names the version it saw
   * @param editedAt when it was last corrected or struck, or null
   * @param by the name its writer gave, or null
   * @param correctedBy the name of who last corrected it, or null
   */
  public record Note(
      long seq,
      Instant at,
      TopicId topic,
      SessionId session,
      String text,
      boolean struck,
      long version,
      Instant editedAt,
      String by,
      String correctedBy) {}

  private final Map<Long, Note> bySeq = new LinkedHashMap<>();
  private final Map<SessionId, List<Long>> bySession = new HashMap<>();

  @Override
  public synchronized void published(LoggedEvent logged, Room state) {
    switch (logged.event()) {
      case RoomEvent.NoteWritten note -> {
        bySeq.put(
            logged.seq(),
            new Note(
                logged.seq(),
                note.at(),
                note.topic(),
                note.session(),
                note.text(),
                false,
                logged.seq(),
                null,
                note.by(),
                null));
        bySession.computeIfAbsent(note.session(), session -> new ArrayList<>()).add(logged.seq());
      }
      case RoomEvent.NoteCorrected correction ->
          bySeq.computeIfPresent(
              correction.note(),
              (seq, note) ->
                  new Note(
                      seq,
                      note.at(),
                      note.topic(),
                      note.session(),
                      correction.text(),
                      note.struck(),
                      logged.seq(),
                      correction.at(),
                      note.by(),
                      correction.by()));
      case RoomEvent.NoteStruck strike ->
          bySeq.computeIfPresent(
              strike.note(),
              (seq, note) ->
                  new Note(
                      seq,
                      note.at(),
                      note.topic(),
                      note.session(),
                      note.text(),
                      true,
                      logged.seq(),
                      strike.at(),
                      note.by(),
                      note.correctedBy()));
      // The other events do not touch the notes; named one by one, so a new event is a decision.
      case RoomEvent.TopicStarted e -> {}
      case RoomEvent.SlideShown e -> {}
      case RoomEvent.SlideLimitReached e -> {}
      case RoomEvent.DiscussionStarted e -> {}
      case RoomEvent.TimerPaused e -> {}
      case RoomEvent.TimerResumed e -> {}
      case RoomEvent.TimeAdded e -> {}
      case RoomEvent.PitchCutOff e -> {}
      case RoomEvent.CutOffUndone e -> {}
      case RoomEvent.Intervened e -> {}
      case RoomEvent.TopicEnded e -> {}
      case RoomEvent.TopicSkipped e -> {}
      case RoomEvent.SessionEnded e -> {}
      case FloorEvent e -> {}
      case StageEvent e -> {}
    }
  }

  /** The session's notes in the order they were written, struck ones included. */
  public synchronized List<Note> of(SessionId session) {
    return bySession.getOrDefault(session, List.of()).stream().map(bySeq::get).toList();
  }

  public synchronized Optional<Note> find(long seq) {
    return Optional.ofNullable(bySeq.get(seq));
  }
}
