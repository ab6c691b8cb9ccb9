package dev.gavel.testing;

import dev.gavel.room.Answer;
import dev.gavel.room.LogFailure;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomLog;
import dev.gavel.room.RoomSlug;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A room's log in memory, with the faults a disk has: it can refuse appends (full, broken), refuse
 * reads too, save an append and still report a failure, and hold events another writer appended.
 * One transaction an append, as the store's is: all of it kept, or none.
 */
public final class MemoryLog implements RoomLog {

  /** What the disk does with the next appends. */
  public enum Disk {
    WORKS,
    FULL,
    SAVES_BUT_REPORTS_FAILURE
  }

  public final List<LoggedEvent> events = new ArrayList<>();
  public final Map<String, Answer> answers = new LinkedHashMap<>();
  public Disk disk = Disk.WORKS;

  /** How many transactions were asked for: one a batch of commands. */
  public volatile int appendCalls;

  /** Told of each transaction as it begins, with its number from 1: a test holds one up here. */
  public volatile IntConsumer beforeAppend = call -> {};

  /** Reading the events fails too, as it may on a disk with I/O errors. */
  public boolean unreadable;

  @Override
  public List<LoggedEvent> readAll(RoomSlug room) {
    return readAfter(room, 0);
  }

  @Override
  public List<LoggedEvent> readAfter(RoomSlug room, long seq) {
    if (unreadable) {
      throw new LogFailure("disk I/O error", new IOException("SQLITE_IOERR"));
    }
    return events.stream().filter(logged -> logged.seq() > seq).toList();
  }

  @Override
  public Optional<Answer> answerTo(RoomSlug room, String commandId) {
    return Optional.ofNullable(answers.get(commandId));
  }

  @Override
  public Optional<AnsweredBefore> appendAll(RoomSlug room, List<Append> appends) {
    beforeAppend.accept(++appendCalls);
    for (int i = 0; disk == Disk.WORKS && i < appends.size(); i++) {
      Answer before = answers.get(appends.get(i).commandId());
      if (before != null) {
        return Optional.of(new AnsweredBefore(i, before));
      }
    }
    switch (disk) {
      case FULL -> throw new LogFailure("database or disk is full", new IOException("SQLITE_FULL"));
      case WORKS, SAVES_BUT_REPORTS_FAILURE -> {
        if (appends.getFirst().firstSeq() != events.size() + 1) {
          throw new LogFailure(
              "UNIQUE constraint failed: room_event.seq", new IOException("SQLITE_CONSTRAINT"));
        }
        for (Append append : appends) {
          long seq = append.firstSeq();
          for (RoomEvent event : append.events()) {
            events.add(new LoggedEvent(seq++, event));
          }
          answers.put(append.commandId(), append.answer());
        }
        if (disk == Disk.SAVES_BUT_REPORTS_FAILURE) {
          throw new LogFailure("disk I/O error after the commit", new IOException("SQLITE_IOERR"));
        }
      }
    }
    return Optional.empty();
  }

  /** Events another writer appended behind the room's back, with that writer's answer. */
  public void appendedElsewhere(String commandId, RoomEvent... appended) {
    for (RoomEvent event : appended) {
      events.add(new LoggedEvent(events.size() + 1, event));
    }
    answers.put(commandId, new Answer.Ack(events.size()));
  }

  public int size() {
    return events.size();
  }
}
