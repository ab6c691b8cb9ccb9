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
   * One command's share of an append: its events from {@code firstSeq} on, and its answer.
   *
   * @param commandId chosen by the client; the log answers each id once
   */
  record Append(long firstSeq, List<RoomEvent> events, String commandId, Answer answer) {}

  /**
   * The log held an answer already to the command id at {@code index} of an append: nothing of that
   * append was written.
   */
  record AnsweredBefore(int index, Answer answer) {}

  /**
   * Appends the commands' events and answers, in order, in one durable transaction: when this
   * returns, all of them survive a crash; when it throws, none was written. Many commands share the
   * one commit, which is what a busy room's commands cost. A command id is answered once: when the
   * log holds an answer to one of the ids already, nothing is written and that answer is returned.
   *
   * @return empty when appended; else the first command id the log had answered before
   */
  Optional<AnsweredBefore> appendAll(RoomSlug room, List<Append> appends);

  /**
   * Appends one command's events and answer; see {@link #appendAll}.
   *
   * @return empty when appended; else the answer the log already holds for this command id
   */
  default Optional<Answer> append(
      RoomSlug room, long firstSeq, List<RoomEvent> events, String commandId, Answer answer) {
    return appendAll(room, List.of(new Append(firstSeq, events, commandId, answer)))
        .map(AnsweredBefore::answer);
  }
}
