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
   * transaction: when this returns, both survive a crash; when it throws, neither was written. A
   * command id is answered once: when the log holds an answer to this id already, nothing is
   * written and that answer is returned.
   *
   * @return empty when appended; else the answer the log already holds for this command id
   */
  Optional<Answer> append(
      RoomSlug room, long firstSeq, List<RoomEvent> events, String commandId, Answer answer);
}
