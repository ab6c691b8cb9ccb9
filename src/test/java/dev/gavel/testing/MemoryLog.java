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
  public Optional<Answer> append(
      RoomSlug room, long firstSeq, List<RoomEvent> appended, String commandId, Answer answer) {
    if (disk == Disk.WORKS && answers.containsKey(commandId)) {
      return Optional.of(answers.get(commandId));
    }
    switch (disk) {
      case FULL -> throw new LogFailure("database or disk is full", new IOException("SQLITE_FULL"));
      case WORKS, SAVES_BUT_REPORTS_FAILURE -> {
        if (firstSeq != events.size() + 1) {
          throw new LogFailure(
              "UNIQUE constraint failed: room_event.seq", new IOException("SQLITE_CONSTRAINT"));
        }
        long seq = firstSeq;
        for (RoomEvent event : appended) {
          events.add(new LoggedEvent(seq++, event));
        }
        answers.put(commandId, answer);
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
