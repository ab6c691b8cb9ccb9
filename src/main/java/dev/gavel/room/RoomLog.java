package dev.gavel.room;

import java.util.List;
import java.util.Optional;

/**
 * Where a room's session log is kept. The store implements it; the room knows no database. Every
 * method throws {@link LogFailure} when the log cannot be read or written; a read throws {@link
 * DamagedLog} when a stored event cannot be read back, naming its position.
 */
public interface RoomLog {

  List<LoggedEvent> readAll(RoomSlug room);

  /** The events after position {@code seq}, in order: what a room that fell behind has missed. */
  List<LoggedEvent> readAfter(RoomSlug room, long seq);

  Optional<Answer> answerTo(RoomSlug room, String commandId);

  /**
   * Appends the events from {@code firstSeq} on, and the command's answer, in one durable
   * transaction: when this returns, both survive a crash; when it throws, neither was written.
   */
  void append(
      RoomSlug room, long firstSeq, List<RoomEvent> events, String commandId, Answer answer);
}
