package dev.gavel.room;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands one turn of a room's writer runs together and appends in one transaction, each with
 * its decision. Touched under the writer alone.
 */
final class Batch {

  /** The most commands one transaction appends: a turn stays short for whoever waits behind it. */
  static final int MOST = 128;

  /**
   * A command waiting for the writer, then its answer or its failure. Settled under the writer;
   * read by its own thread after it held the writer in turn.
   */
  static final class Waiting {
    private final String commandId;
    private final Issued issued;
    private Answer answer;
    private RuntimeException failure;

    Waiting(String commandId, Issued issued) {
      this.commandId = commandId;
      this.issued = issued;
    }

    String commandId() {
      return commandId;
    }

    Issued issued() {
      return issued;
    }

    /** A correction or a strike: it reads the notes as every command before it left them. */
    boolean readsNotes() {
      return issued.command() instanceof RoomCommand.CorrectNote
          || issued.command() instanceof RoomCommand.StrikeNote;
    }

    boolean settled() {
      return answer != null || failure != null;
    }

    void answer(Answer answer) {
      this.answer = answer;
    }

    void fail(RuntimeException failure) {
      this.failure = failure;
    }

    Answer outcome() {
      if (failure != null) {
        throw failure;
      }
      return answer;
    }
  }

  /** A command's decision, taken on the state the commands before it in the batch leave. */
  record Decided(
      Waiting waiting, long firstSeq, List<RoomEvent> events, Answer answer, boolean accepted) {}

  private final List<Waiting> waiting = new ArrayList<>();
  private final List<Decided> decided = new ArrayList<>();
  // The same id twice in one batch (a nervous double tap): the second gets the first's outcome.
  private final Map<String, Waiting> firstWithId = new HashMap<>();
  private final Map<Waiting, Waiting> repeatOf = new HashMap<>();

  void add(Waiting next) {
    Waiting first = firstWithId.putIfAbsent(next.commandId(), next);
    if (first != null) {
      repeatOf.put(next, first);
    }
    waiting.add(next);
  }

  boolean isEmpty() {
    return waiting.isEmpty();
  }

  boolean full() {
    return waiting.size() >= MOST;
  }

  List<Waiting> waiting() {
    return waiting;
  }

  /** Whether this command repeats the id of one before it in the batch: not decided on its own. */
  boolean repeats(Waiting next) {
    return repeatOf.containsKey(next);
  }

  void decided(Decided next) {
    decided.add(next);
  }

  List<Decided> decided() {
    return decided;
  }

  void clearDecisions() {
    decided.clear();
  }

  /** What the log is to append: one entry a decided command, in order. */
  List<RoomLog.Append> appends() {
    return decided.stream()
        .map(d -> new RoomLog.Append(d.firstSeq(), d.events(), d.waiting().commandId(), d.answer()))
        .toList();
  }

  /** Each repeat gets what the first command with its id got. */
  void settleRepeats() {
    repeatOf.forEach(
        (repeat, first) -> {
          repeat.answer = first.answer;
          repeat.failure = first.failure;
        });
  }

  /** Every command not settled yet gets the failure. */
  void fail(RuntimeException failure) {
    for (Waiting next : waiting) {
      if (!next.settled()) {
        next.fail(failure);
      }
    }
  }
}
