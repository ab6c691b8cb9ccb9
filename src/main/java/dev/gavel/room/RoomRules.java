package dev.gavel.room;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the room: turn a command, the current state and the current instant into events or a
 * refusal. Pure: no clock, no I/O, so every rule is tested with instants chosen by the test.
 */
public final class RoomRules {

  /**
   * How long after a cut-off the moderator may still take it back: long enough to see how the room
   * took it and to reach the button again, short enough that the room has not moved on.
   */
  public static final Duration UNDO_WINDOW = Duration.ofSeconds(25);

  /** The most time one command may add or take away. */
  public static final Duration MAX_TIME_CHANGE = Duration.ofHours(1);

  /** The shortest discussion a topic gets, however long its presentation ran. */
  public static final Duration MIN_DISCUSSION = Duration.ofMinutes(1);

  public static final int MAX_NOTE_LENGTH = 4_000;
  public static final int MAX_REASON_LENGTH = 200;
  public static final int MAX_EXTENSION_MINUTES = 30;

  private RoomRules() {}

  /**
   * @param notes the room's notes, for corrections and strikes of a line
   */
  public static Decision decide(
      Room room, RoomCommand command, Instant now, Agenda agenda, Notebook notes) {
    return decide(room, command, now, agenda, notes, Optional.empty());
  }

  /**
   * @param writer the name a note-taker gave, kept with the lines they write and correct
   */
  public static Decision decide(
      Room room,
      RoomCommand command,
      Instant now,
      Agenda agenda,
      Notebook notes,
      Optional<String> writer) {
    return QueueRules.recordingLeftQueue(
        room, decideAlone(room, command, now, agenda, notes, writer.orElse(null)), now);
  }

  private static Decision decideAlone(
      Room room, RoomCommand command, Instant now, Agenda agenda, Notebook notes, String by) {
    return switch (command) {
      case RoomCommand.StartTopic c -> AgendaRules.startTopic(room, c.topic(), now, agenda);
      case RoomCommand.NextSlide c -> nextSlide(room, now);
      case RoomCommand.PreviousSlide c -> previousSlide(room, now);
      case RoomCommand.StartTimer c -> startTimer(room, now);
      case RoomCommand.PauseTimer c -> pauseTimer(room, now);
      case RoomCommand.AddTime c -> addTime(room, c.amount(), now);
      case RoomCommand.CutOff c -> cutOff(room, c.reason(), now);
      case RoomCommand.UndoCutOff c -> undoCutOff(room, now);
      case RoomCommand.StartDiscussion c -> startDiscussion(room, now);
      case RoomCommand.Intervene c -> intervene(room, c.intervention(), c.minutes(), now);
      case RoomCommand.EndTopic c -> endTopic(room, now);
      case RoomCommand.SkipTopic c -> AgendaRules.skipTopic(room, c.topic(), now, agenda);
      case RoomCommand.EndSession c -> AgendaRules.endSession(room, now, agenda);
      case RoomCommand.Note c -> note(room, c.text(), now, agenda, by);
      case RoomCommand.CorrectNote c -> correctNote(c, now, notes, by);
      case RoomCommand.StrikeNote c -> strikeNote(c.note(), now, notes);
      case AttendeeCommand c -> QueueRules.decide(room, c, now);
      case FloorCommand c -> QueueRules.decide(room, c, now);
    };
  }

  private static Decision nextSlide(Room room, Instant now) {
    Optional<String> blocked = needsTopicNotCutOff(room);
    if (blocked.isPresent()) {
      return Decision.refuse(blocked.get());
    }
    Room.RunningTopic running = room.running();
    int limit = running.topic().slideLimit();
    if (running.slide() >= limit) {
      return new Decision.Refused(
          "slide limit reached: " + limit + " slides, time for discussion",
          List.of(new RoomEvent.SlideLimitReached(now, limit)));
    }
    return Decision.accept(new RoomEvent.SlideShown(now, running.slide() + 1));
  }

  private static Decision previousSlide(Room room, Instant now) {
    Optional<String> blocked = needsTopicNotCutOff(room);
    if (blocked.isPresent()) {
      return Decision.refuse(blocked.get());
    }
    if (room.running().slide() <= 1) {
      return Decision.refuse("already on the first slide");
    }
    return Decision.accept(new RoomEvent.SlideShown(now, room.running().slide() - 1));
  }

  private static Decision startTimer(Room room, Instant now) {
    Optional<String> blocked = needsTopicNotCutOff(room);
    if (blocked.isPresent()) {
      return Decision.refuse(blocked.get());
    }
    if (room.timer().isRunning()) {
      return Decision.refuse("the timer is already running");
    }
    return Decision.accept(new RoomEvent.TimerResumed(now));
  }

  private static Decision pauseTimer(Room room, Instant now) {
    Optional<String> blocked = needsTopicNotCutOff(room);
    if (blocked.isPresent()) {
      return Decision.refuse(blocked.get());
    }
    if (!room.timer().isRunning()) {
      return Decision.refuse("the timer is already paused");
    }
    return Decision.accept(new RoomEvent.TimerPaused(now));
  }

  private static Decision addTime(Room room, Duration amount, Instant now) {
    Optional<String> blocked = needsTopic(room);
    if (blocked.isPresent()) {
      return Decision.refuse(blocked.get());
    }
    Optional<String> invalid = invalidTimeChange(room, amount);
    if (invalid.isPresent()) {
      return Decision.refuse(invalid.get());
    }
    return Decision.accept(new RoomEvent.TimeAdded(now, amount));
  }

  private static Optional<String> invalidTimeChange(Room room, Duration amount) {
    if (amount.isZero() || amount.abs().compareTo(Duration.ofSeconds(1)) < 0) {
      return Optional.of("add or take away at least one second");
    }
    if (amount.abs().compareTo(MAX_TIME_CHANGE) > 0) {
      return Optional.of("at most 60 minutes can be added or taken away at a time");
    }
    if (room.timer().allotted().plus(amount).isNegative()) {
      return Optional.of("cannot take away more time than the timer was given");
    }
    return Optional.empty();
  }

  private static Decision cutOff(Room room, Optional<String> reason, Instant now) {
    Optional<String> blocked = needsTopic(room);
    if (blocked.isPresent()) {
      return Decision.refuse(blocked.get());
    }
    if (room.isCutOff()) {
      return Decision.refuse("the pitch is already cut off");
    }
    String why = reason.map(String::strip).orElse("");
    if (why.length() > MAX_REASON_LENGTH) {
      return Decision.refuse("a cut-off reason is at most " + MAX_REASON_LENGTH + " characters");
    }
    Optional<String> unsafe = ControlCharacters.find(why, false);
    if (unsafe.isPresent()) {
      return Decision.refuse("a cut-off reason " + unsafe.get());
    }
    return Decision.accept(new RoomEvent.PitchCutOff(now, why));
  }

  private static Decision undoCutOff(Room room, Instant now) {
    if (!room.isCutOff()) {
      return Decision.refuse("there is no cut-off to undo");
    }
    if (Duration.between(room.cutOff().at(), now).compareTo(UNDO_WINDOW) > 0) {
      return Decision.refuse(
          "too late to undo: a cut-off can be undone within "
              + UNDO_WINDOW.toSeconds()
              + " seconds");
    }
    return Decision.accept(new RoomEvent.CutOffUndone(now));
  }

  /**
   * Moves to the discussion, which gets the rest of the topic's time: the budget less what the
   * presentation used, and never less than {@link #MIN_DISCUSSION}. After a cut-off during the
   * discussion it means "back to discussion" and carries on with the time that was left.
   */
  private static Decision startDiscussion(Room room, Instant now) {
    Optional<String> blocked = needsTopic(room);
    if (blocked.isPresent()) {
      return Decision.refuse(blocked.get());
    }
    if (room.phase() == Phase.DISCUSSION) {
      if (!room.isCutOff()) {
        return Decision.refuse("the discussion has already started");
      }
      return Decision.accept(new RoomEvent.DiscussionStarted(now, room.timer().remaining(now)));
    }
    Duration presentationUsed = room.timer().allotted().minus(room.timer().remaining(now));
    Duration rest = room.running().topic().budget().minus(presentationUsed);
    Duration discussion = rest.compareTo(MIN_DISCUSSION) < 0 ? MIN_DISCUSSION : rest;
    return Decision.accept(new RoomEvent.DiscussionStarted(now, discussion));
  }

  private static Decision intervene(
      Room room, Intervention intervention, int minutes, Instant now) {
    Optional<String> blocked = needsTopic(room);
    if (blocked.isPresent()) {
      return Decision.refuse(blocked.get());
    }
    if (intervention == Intervention.TIME_EXTENSION) {
      if (minutes < 1 || minutes > MAX_EXTENSION_MINUTES) {
        return Decision.refuse(
            "a time extension is between 1 and " + MAX_EXTENSION_MINUTES + " minutes");
      }
    } else if (minutes != 0) {
      return Decision.refuse("only a time extension takes minutes");
    }
    return Decision.accept(new RoomEvent.Intervened(now, intervention, minutes));
  }

  private static Decision endTopic(Room room, Instant now) {
    Optional<String> blocked = needsTopic(room);
    if (blocked.isPresent()) {
      return Decision.refuse(blocked.get());
    }
    return Decision.accept(new RoomEvent.TopicEnded(now, room.running().topic().id()));
  }

  private static Decision note(Room room, String text, Instant now, Agenda agenda, String by) {
    Optional<String> invalid = invalidNote(text);
    if (invalid.isPresent()) {
      return Decision.refuse(invalid.get());
    }
    String line = text.strip();
    SessionId session = currentSession(room, agenda).orElse(null);
    if (session == null) {
      return Decision.refuse("this room has no session to write notes for");
    }
    return Decision.accept(
        new RoomEvent.NoteWritten(now, room.topicId().orElse(null), session, line, by));
  }

  private static Decision correctNote(
      RoomCommand.CorrectNote command, Instant now, Notebook notes, String by) {
    Optional<Notebook.Note> found = notes.find(command.note());
    if (found.isEmpty()) {
      return Decision.refuse("there is no line of notes " + command.note());
    }
    Notebook.Note note = found.get();
    if (note.struck()) {
      return Decision.refuse("that line was struck: write a new one instead");
    }
    if (command.version().isPresent() && command.version().get() != note.version()) {
      return Decision.refuse(
          "somebody else changed that line meanwhile; it now reads: " + note.text());
    }
    Optional<String> invalid = invalidNote(command.text());
    if (invalid.isPresent()) {
      return Decision.refuse(invalid.get());
    }
    String text = command.text().strip();
    if (text.equals(note.text())) {
      return Decision.refuse("that line already reads so");
    }
    return Decision.accept(new RoomEvent.NoteCorrected(now, note.seq(), text, by));
  }

  private static Decision strikeNote(long seq, Instant now, Notebook notes) {
    Optional<Notebook.Note> note = notes.find(seq);
    if (note.isEmpty()) {
      return Decision.refuse("there is no line of notes " + seq);
    }
    if (note.get().struck()) {
      return Decision.refuse("that line is already struck");
    }
    return Decision.accept(new RoomEvent.NoteStruck(now, seq));
  }

  private static Optional<String> invalidNote(String text) {
    String line = text == null ? "" : text.strip();
    if (line.isEmpty()) {
      return Optional.of("a note needs some text");
    }
    if (line.length() > MAX_NOTE_LENGTH) {
      return Optional.of("a note is at most " + MAX_NOTE_LENGTH + " characters");
    }
    return ControlCharacters.find(line, true).map(problem -> "a note " + problem);
  }

  /**
   * The session a room is in: the running topic's; between topics the last one run, whose notes
   * stay open until the next topic starts; before any topic, the first planned.
   */
  public static Optional<SessionId> currentSession(Room room, Agenda agenda) {
    return Optional.ofNullable(room.session())
        .or(() -> agenda.sessions().stream().findFirst().map(Agenda.Session::id));
  }

  private static Optional<String> needsTopic(Room room) {
    return room.running() == null ? Optional.of("no topic is running") : Optional.empty();
  }

  private static Optional<String> needsTopicNotCutOff(Room room) {
    if (room.running() == null) {
      return Optional.of("no topic is running");
    }
    if (room.isCutOff()) {
      return Optional.of("the pitch was cut off: start the discussion, end the topic or undo");
    }
    return Optional.empty();
  }
}
