package dev.gavel.room;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The one writer of a room: decide, append, apply, publish, in that order and one command at a
 * time. An event is durable before anybody is told of it; a command retried with the same id gets
 * its first answer again.
 */
public final class RoomService {

  /** Answers kept in memory for quick retries; older ones are found in the log. */
  private static final int RECENT_ANSWERS = 1_000;

  /**
   * Commands kept for {@link Crossing}: far more than two moderators can give while one command
   * crosses another. A command based on a position older than these is taken as it comes.
   */
  private static final int RECENT_COMMANDS = 256;

  private final RoomSlug slug;
  private final RoomLog log;
  private final Clock clock;
  private final ReentrantLock writer = new ReentrantLock();
  // Commands waiting for the writer; taken by whichever of their threads holds it.
  private final Queue<Batch.Waiting> queue = new ConcurrentLinkedQueue<>();
  private final List<RoomListener> listeners = new CopyOnWriteArrayList<>();
  private final Notebook notebook = new Notebook();
  private final Deque<Crossing.Applied> recentCommands = new ArrayDeque<>();
  private final Map<String, Answer> recentAnswers =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
          return size() > RECENT_ANSWERS;
        }
      };

  private Room state;
  private long seq;
  // The organiser may edit the programme while the room runs: replaced under the writer.
  private volatile Agenda agenda;
  // Set when an append failed: the log may hold more than this room has applied.
  private boolean behind;
  // The log in memory, from the first time a page asks for it; published to under the writer.
  private volatile History history;

  /** A room's state, position and programme together, as one consistent view. */
  public record Snapshot(Room state, long seq, Agenda agenda) {}

  private RoomService(RoomSlug slug, RoomLog log, Clock clock, Agenda agenda) {
    this.slug = slug;
    this.log = log;
    this.clock = clock;
    this.agenda = agenda;
  }

  /**
   * Brings a room back from its log: the state and the notes are the fold of every event.
   *
   * @param agenda the room's programme as it stands now; see {@link #replaceAgenda}
   * @throws LogFailure when the log cannot be read
   * @throws DamagedLog when the log holds something that cannot be the room's history, naming the
   *     first position that is not sound
   */
  public static RoomService replay(RoomSlug slug, RoomLog log, Clock clock, Agenda agenda) {
    RoomService service = new RoomService(slug, log, clock, agenda);
    Room state = Room.initial();
    long seq = 0;
    for (LoggedEvent logged : log.readAll(slug)) {
      state = service.next(state, seq, logged);
      seq = logged.seq();
      service.notebook.published(logged, state);
    }
    service.state = state;
    service.seq = seq;
    service.listeners.add(service.notebook);
    return service;
  }

  public RoomSlug slug() {
    return slug;
  }

  /** The room's programme as the rules see it now. */
  public Agenda agenda() {
    return agenda;
  }

  /**
   * Replaces the room's programme, when the organiser edited it or renamed the room: every listener
   * hears of it on the writer, between two events, so that a screen's snapshot and the events after
   * it agree on the programme.
   */
  public void replaceAgenda(Agenda edited) {
    writer.lock();
    try {
      agenda = edited;
      Snapshot snapshot = new Snapshot(state, seq, edited);
      for (RoomListener listener : listeners) {
        listener.agendaReplaced(snapshot);
      }
    } finally {
      writer.unlock();
    }
  }

  /**
   * Every event of the room's log, as the room applied it: for pages and exports. The log is read
   * from the store once, the first time; after that it is kept in memory as events are published,
   * so readers neither query the database nor wait for the writer.
   *
   * @throws LogFailure when the log cannot be read
   */
  public List<LoggedEvent> loggedEvents() {
    History kept = history;
    if (kept == null) {
      writer.lock();
      try {
        if (history == null) {
          long applied = seq;
          History read =
              new History(
                  log.readAll(slug).stream().filter(logged -> logged.seq() <= applied).toList());
          listeners.add(read);
          history = read;
        }
        kept = history;
      } finally {
        writer.unlock();
      }
    }
    return kept.events();
  }

  /** The room's notes, kept up to date before any other listener hears of an event. */
  public Notebook notebook() {
    return notebook;
  }

  /**
   * Runs a command. Returns once its events are durable and published, or once it is refused.
   *
   * @param commandId chosen by the client; the same id again returns the first answer unchanged
   * @throws LogFailure when the log cannot be written: nothing changed, nobody was told
   */
  public Answer handle(String commandId, RoomCommand command) {
    return handle(commandId, Issued.plain(commandId, command));
  }

  /**
   * Runs a command as its sender issued it: refused once past its deadline, confirmed without
   * effect when it crossed the same command from another sender (see {@link Crossing}).
   *
   * <p>Commands that arrive while the log commits wait together, and whichever of their threads
   * gets the writer next runs them all as one batch: each decided in turn on the state the ones
   * before it left, all appended in one transaction, and each answered only once that has
   * committed. So a busy room pays one commit for many commands, and an answer still means saved.
   *
   * @throws LogFailure when the log cannot be written: nothing changed, nobody was told
   */
  public Answer handle(String commandId, Issued issued) {
    Batch.Waiting waiting = new Batch.Waiting(commandId, issued);
    queue.add(waiting);
    writer.lock();
    try {
      while (!waiting.settled()) {
        runBatch();
      }
    } finally {
      writer.unlock();
    }
    return waiting.outcome();
  }

  /** How many commands wait for the writer now. */
  int waitingCommands() {
    return queue.size();
  }

  /** Takes the commands waiting, up to a batch, decides them in turn and appends them together. */
  private void runBatch() {
    Batch batch = new Batch();
    for (Batch.Waiting next = queue.peek(); next != null; next = queue.peek()) {
      if (batch.full() || (next.readsNotes() && !batch.isEmpty())) {
        break; // a correction reads the notes as the commands before it left them: saved first
      }
      queue.poll();
      batch.add(next);
    }
    try {
      if (behind) {
        catchUp();
      }
      while (!append(batch)) {
        batch.clearDecisions();
      }
    } catch (RuntimeException failure) {
      recover(batch, failure);
      batch.settleRepeats();
      return;
    }
    for (Batch.Decided decided : batch.decided()) {
      remember(decided);
      long position = decided.firstSeq() - 1;
      for (RoomEvent event : decided.events()) {
        publish(new LoggedEvent(++position, event), decided.waiting().issued().sender());
      }
      decided.waiting().answer(decided.answer());
    }
    batch.settleRepeats();
  }

  /**
   * Decides the batch and appends it.
   *
   * @return false when the log had answered one of its command ids before: nothing was written,
   *     that answer is remembered now, and the batch must be decided again
   */
  private boolean append(Batch batch) {
    decide(batch);
    if (batch.appends().isEmpty()) {
      return true;
    }
    Optional<RoomLog.AnsweredBefore> before = log.appendAll(slug, batch.appends());
    if (before.isPresent()) {
      // A retry of a command answered too long ago to be remembered: the log knew it.
      Batch.Decided known = batch.decided().get(before.get().index());
      recentAnswers.put(known.waiting().commandId(), before.get().answer());
      return false;
    }
    return true;
  }

  /** Decides each command of the batch on the state the ones before it leave, changing nothing. */
  private void decide(Batch batch) {
    Room tentative = state;
    long at = seq;
    List<Crossing.Applied> crossed = new ArrayList<>(recentCommands);
    for (Batch.Waiting waiting : batch.waiting()) {
      if (waiting.settled()) {
        continue; // answered from memory, or failed its own decision, on an earlier try
      }
      Answer recent = recentAnswers.get(waiting.commandId());
      if (recent != null) {
        waiting.answer(recent);
        continue;
      }
      if (batch.repeats(waiting)) {
        continue;
      }
      Issued issued = waiting.issued();
      Instant now = clock.instant();
      Room before = tentative;
      long position = at;
      Decision decision;
      try {
        decision =
            Crossing.check(issued, now, at, List.copyOf(crossed))
                .orElseGet(
                    () ->
                        RoomRules.decide(
                            before, issued.command(), now, agenda, notebook, issued.writer()));
      } catch (RuntimeException failure) {
        waiting.fail(failure); // this command's alone: the others of the batch go on
        continue;
      }
      List<RoomEvent> events = decision.events();
      long last = at + events.size();
      Answer answer =
          switch (decision) {
            case Decision.Accepted accepted -> new Answer.Ack(last);
            case Decision.AlreadyDone done -> new Answer.AlreadyDone(last, done.by());
            case Decision.Refused refused -> new Answer.Refusal(last, refused.reason());
          };
      for (RoomEvent event : events) {
        tentative = tentative.apply(event);
      }
      boolean accepted = decision instanceof Decision.Accepted;
      if (accepted) {
        crossed.add(new Crossing.Applied(position + 1, issued.command(), issued.sender()));
      }
      batch.decided(new Batch.Decided(waiting, position + 1, events, answer, accepted));
      at = last;
    }
  }

  private void remember(Batch.Decided decided) {
    recentAnswers.put(decided.waiting().commandId(), decided.answer());
    if (decided.accepted()) {
      recentCommands.addLast(
          new Crossing.Applied(
              decided.firstSeq(),
              decided.waiting().issued().command(),
              decided.waiting().issued().sender()));
      if (recentCommands.size() > RECENT_COMMANDS) {
        recentCommands.removeFirst();
      }
    }
  }

  /**
   * After a failed append (a full disk, an I/O error, another writer at this position) the room
   * cannot know what the log holds, so it reads its position again rather than retry one that may
   * be gone: every event in the log beyond it is applied and published. A command whose own answer
   * is in the log after all did take effect, and gets that answer; every other command of the batch
   * gets the failure, and its client is told that nothing changed. When even the reading fails, the
   * next command tries again before it does anything.
   */
  private void recover(Batch batch, RuntimeException failure) {
    behind = true;
    try {
      catchUp();
    } catch (RuntimeException stillFailing) {
      failure.addSuppressed(stillFailing);
      batch.fail(failure);
      return;
    }
    for (Batch.Waiting waiting : batch.waiting()) {
      if (waiting.settled()) {
        continue;
      }
      try {
        Optional<Answer> saved = log.answerTo(slug, waiting.commandId());
        if (saved.isPresent()) {
          recentAnswers.put(waiting.commandId(), saved.get());
          waiting.answer(saved.get());
        } else {
          waiting.fail(failure);
        }
      } catch (RuntimeException stillFailing) {
        failure.addSuppressed(stillFailing);
        waiting.fail(failure);
      }
    }
  }

  /**
   * Applies and publishes whatever the log holds beyond this room's position.
   *
   * @throws DamagedLog when what it holds cannot follow; the room applies none of it
   */
  private void catchUp() {
    for (LoggedEvent logged : log.readAfter(slug, seq)) {
      next(state, seq, logged);
      publish(logged, null);
    }
    behind = false;
  }

  /** The state after a logged event that must follow position {@code seq} in {@code state}. */
  private Room next(Room current, long seq, LoggedEvent logged) {
    if (logged.seq() != seq + 1) {
      throw new DamagedLog(
          slug,
          seq + 1,
          "position " + (seq + 1) + " is missing; the next event is at position " + logged.seq());
    }
    try {
      return current.apply(logged.event());
    } catch (ImpossibleEvent e) {
      throw new DamagedLog(
          slug, logged.seq(), "an event that cannot happen there: " + e.getMessage());
    }
  }

  private void publish(LoggedEvent logged, Sender by) {
    state = state.apply(logged.event());
    seq = logged.seq();
    for (RoomListener listener : listeners) {
      listener.published(logged, state, by);
    }
  }

  public Snapshot snapshot() {
    writer.lock();
    try {
      return new Snapshot(state, seq, agenda);
    } finally {
      writer.unlock();
    }
  }

  /** Adds a listener for every event from now on. */
  public void listen(RoomListener listener) {
    listeners.add(listener);
  }

  /**
   * Runs the action with the current snapshot while no command can run, so that whatever it
   * registers is told of exactly the events after that snapshot: none missed, none twice. The
   * action must be quick: commands wait for it.
   */
  public <T> T atSnapshot(Function<Snapshot, T> action) {
    writer.lock();
    try {
      return action.apply(new Snapshot(state, seq, agenda));
    } finally {
      writer.unlock();
    }
  }
}
