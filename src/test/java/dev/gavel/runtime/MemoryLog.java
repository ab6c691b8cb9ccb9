package dev.gavel.runtime;

import dev.gavel.room.Answer;
import dev.gavel.room.LogFailure;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomLog;
import dev.gavel.room.RoomSlug;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A session log in memory, whose disk can be made full: for the runtime's tests. */
final class MemoryLog implements RoomLog {

  private final List<LoggedEvent> events = new ArrayList<>();
  private final Map<String, Answer> answers = new HashMap<>();
  boolean full;

  @Override
  public List<LoggedEvent> readAll(RoomSlug room) {
    return List.copyOf(events);
  }

  @Override
  public Optional<Answer> answerTo(RoomSlug room, String commandId) {
    return Optional.ofNullable(answers.get(commandId));
  }

  @Override
  public void append(
      RoomSlug room, long firstSeq, List<RoomEvent> appended, String commandId, Answer answer) {
    if (full) {
      throw new LogFailure("disk full", new IOException("SQLITE_FULL"));
    }
    long seq = firstSeq;
    for (RoomEvent event : appended) {
      events.add(new LoggedEvent(seq++, event));
    }
    answers.put(commandId, answer);
  }

  int size() {
    return events.size();
  }
}
