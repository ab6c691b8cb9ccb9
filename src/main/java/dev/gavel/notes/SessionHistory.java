package dev.gavel.notes;

import dev.gavel.json.EventCodec;
import dev.gavel.room.Agenda;
import dev.gavel.room.FloorEvent;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.Notebook;
import dev.gavel.room.QueueKind;
import dev.gavel.room.Room;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.SessionId;
import dev.gavel.room.StageEvent;
import dev.gavel.room.Topic;
import dev.gavel.room.TopicId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened in one session, read from its room's log: each topic as it ran, the notes, and
 * every event of the session. Pure: the same log always gives the same history, so the notes page,
 * the log, the report and the exports all tell one story.
 *
 * @param skipped the topics the moderator skipped, with when, whether or not they ran later
 * @param endedAt when the moderator ended the session, or null
 * @param asOf the instant the history is told at: a topic still running counts up to it
 */
public record SessionHistory(
    Agenda.Session session,
    List<TopicRun> runs,
    List<Notebook.Note> notes,
    List<LogLine> log,
    Map<TopicId, Instant> skipped,
    Instant endedAt,
    Instant asOf) {

  /** A topic as it ran; a topic started twice has two runs. */
  public record TopicRun(
      Topic topic,
      Instant startedAt,
      Instant discussionStartedAt,
      Instant endedAt,
      int slidesShown,
      int slideLimitHits,
      List<CutOffMark> cutOffs,
      Duration timeGiven,
      List<Turn> speakers,
      int leftInQueue) {

    /** From its start to its end, or to the history's instant while it still runs. */
    public Duration total(Instant asOf) {
      return Duration.between(startedAt, endedAt != null ? endedAt : asOf);
    }

    public Duration presentation(Instant asOf) {
      Instant end =
          discussionStartedAt != null ? discussionStartedAt : endedAt != null ? endedAt : asOf;
      return Duration.between(startedAt, end);
    }

    public Duration discussion(Instant asOf) {
      return discussionStartedAt == null
          ? Duration.ZERO
          : Duration.between(discussionStartedAt, endedAt != null ? endedAt : asOf);
    }

    /** How far past its planned time it ran; zero when it kept to it. */
    public Duration overrun(Instant asOf) {
      Duration over = total(asOf).minus(topic.budget());
      return over.isNegative() ? Duration.ZERO : over;
    }

    public boolean wasCutOff() {
      return cutOffs.stream().anyMatch(cut -> !cut.undone());
    }

    public boolean isRunning() {
      return endedAt == null;
    }
  }

  public record CutOffMark(Instant at, String reason, boolean undone) {}

  /**
   * An attendee's turn from the speaking queue, in the order they were called.
   *
   * @param endedAt when the next was called or the topic ended; null while it goes on
   */
  public record Turn(String name, String point, QueueKind kind, Instant calledAt, Instant endedAt) {

    public Duration length(Instant asOf) {
      return Duration.between(calledAt, endedAt != null ? endedAt : asOf);
    }
  }

  /** One event of the session, as the log page and log.json show it. */
  public record LogLine(long seq, Instant at, String type, String text, RoomEvent event) {}

  public SessionHistory {
    skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }

  public static SessionHistory of(Agenda.Session session, List<LoggedEvent> roomLog, Instant asOf) {
    return new Reader(session).read(roomLog, asOf);
  }

  public Duration plannedTotal() {
    return session.topics().stream().map(Topic::budget).reduce(Duration.ZERO, Duration::plus);
  }

  public Duration actualTotal() {
    return runs.stream().map(run -> run.total(asOf)).reduce(Duration.ZERO, Duration::plus);
  }

  public Duration discussionTotal() {
    return runs.stream().map(run -> run.discussion(asOf)).reduce(Duration.ZERO, Duration::plus);
  }

  /** The share of the topics' time that was discussion, 0 to 1. */
  public double discussionShare() {
    long total = actualTotal().toMillis();
    return total == 0 ? 0 : (double) discussionTotal().toMillis() / total;
  }

  /** The runs of one topic's notes; notes between topics have none. */
  public List<Notebook.Note> notesOf(Topic topic) {
    return notes.stream().filter(note -> topic.id().equals(note.topic())).toList();
  }

  public List<Notebook.Note> notesBetweenTopics() {
    return notes.stream().filter(note -> note.topic() == null).toList();
  }

  /** Folds a room's log into one session's history. */
  private static final class Reader {
    private final Agenda.Session planned;
    private final SessionId session;
    private final Notebook notebook = new Notebook();
    private final List<TopicRun> runs = new ArrayList<>();
    private final List<LogLine> log = new ArrayList<>();
    private final Map<Long, SessionId> noteSessions = new HashMap<>();
    private final Map<TopicId, Instant> skipped = new LinkedHashMap<>();
    private Instant endedAt;
    private Run current;

    Reader(Agenda.Session planned) {
      this.planned = planned;
      this.session = planned.id();
    }

    SessionHistory read(List<LoggedEvent> roomLog, Instant asOf) {
      Room state = Room.initial();
      for (LoggedEvent logged : roomLog) {
        state = state.apply(logged.event());
        notebook.published(logged, state);
        take(logged);
      }
      if (current != null) {
        runs.add(current.run(null));
      }
      return new SessionHistory(
          planned, List.copyOf(runs), notebook.of(session), retracted(log), skipped, endedAt, asOf);
    }

    /**
     * The log with the words of every struck line taken out, as written and as corrected: a strike
     * is a retraction, so the public log says only that a line was written and struck.
     */
    private List<LogLine> retracted(List<LogLine> lines) {
      return lines.stream().map(this::retracted).toList();
    }

    private LogLine retracted(LogLine line) {
      if (line.event() instanceof RoomEvent.NoteWritten e && isStruck(line.seq())) {
        return new LogLine(
            line.seq(),
            line.at(),
            line.type(),
            "Note " + line.seq() + " (struck)" + writer(e.by()),
            new RoomEvent.NoteWritten(e.at(), e.topic(), e.session(), "", e.by()));
      }
      if (line.event() instanceof RoomEvent.NoteCorrected e && isStruck(e.note())) {
        return new LogLine(
            line.seq(),
            line.at(),
            line.type(),
            "Note " + e.note() + " corrected (struck)" + writer(e.by()),
            new RoomEvent.NoteCorrected(e.at(), e.note(), "", e.by()));
      }
      return line;
    }

    private boolean isStruck(long note) {
      return notebook.find(note).map(Notebook.Note::struck).orElse(false);
    }

    private void take(LoggedEvent logged) {
      RoomEvent event = logged.event();
      switch (event) {
        case RoomEvent.TopicStarted e -> {
          if (e.topic().session().equals(session)) {
            current = new Run(e.topic(), e.at());
            line(logged, "Topic started: " + e.topic().title());
          }
        }
        case RoomEvent.NoteWritten e -> {
          noteSessions.put(logged.seq(), e.session());
          if (e.session().equals(session)) {
            line(logged, "Note" + writer(e.by()) + ": " + e.text());
          }
        }
        case RoomEvent.NoteCorrected e -> {
          if (session.equals(noteSessions.get(e.note()))) {
            line(logged, "Note " + e.note() + " corrected" + writer(e.by()) + ": " + e.text());
          }
        }
        case RoomEvent.NoteStruck e -> {
          if (session.equals(noteSessions.get(e.note()))) {
            line(logged, "Note " + e.note() + " struck");
          }
        }
        case RoomEvent.SlideShown e -> duringTopic(logged);
        case RoomEvent.SlideLimitReached e -> duringTopic(logged);
        case RoomEvent.DiscussionStarted e -> duringTopic(logged);
        case RoomEvent.TimerPaused e -> duringTopic(logged);
        case RoomEvent.TimerResumed e -> duringTopic(logged);
        case RoomEvent.TimeAdded e -> duringTopic(logged);
        case RoomEvent.PitchCutOff e -> duringTopic(logged);
        case RoomEvent.CutOffUndone e -> duringTopic(logged);
        case RoomEvent.Intervened e -> duringTopic(logged);
        case RoomEvent.TopicEnded e -> duringTopic(logged);
        case RoomEvent.TopicSkipped e ->
            planned(e.topic())
                .ifPresent(
                    topic -> {
                      skipped.put(topic.id(), e.at());
                      line(logged, "Topic skipped: " + topic.title());
                    });
        case RoomEvent.SessionEnded e -> {
          if (e.session().equals(session)) {
            endedAt = e.at();
            e.skipped().forEach(id -> skipped.put(id, e.at()));
            List<String> notRun =
                e.skipped().stream().flatMap(id -> planned(id).stream()).map(Topic::title).toList();
            String left = notRun.isEmpty() ? "" : "; not run: " + String.join(", ", notRun);
            line(logged, "Session ended" + left);
          }
        }
        case FloorEvent e -> duringTopic(logged);
        // The speaker's private cues stay out of every public page and export.
        case StageEvent e -> {}
      }
    }

    /** An event of the running topic's; one outside a topic of this session tells nothing. */
    private void duringTopic(LoggedEvent logged) {
      if (current == null) {
        return;
      }
      switch (logged.event()) {
        case RoomEvent.SlideShown e -> {
          current.slidesShown = Math.max(current.slidesShown, e.slide());
          line(logged, "Slide " + e.slide());
        }
        case RoomEvent.SlideLimitReached e -> {
          current.slideLimitHits++;
          line(
              logged, "Slide " + (e.slideLimit() + 1) + " refused: the limit is " + e.slideLimit());
        }
        case RoomEvent.DiscussionStarted e -> {
          if (current.discussionStartedAt == null) {
            current.discussionStartedAt = e.at();
          }
          line(logged, "Discussion started, " + Durations.words(e.duration()) + " on the timer");
        }
        case RoomEvent.TimerPaused e -> line(logged, "Timer paused");
        case RoomEvent.TimerResumed e -> line(logged, "Timer resumed");
        case RoomEvent.TimeAdded e -> {
          current.timeGiven = current.timeGiven.plus(e.amount());
          line(
              logged,
              (e.amount().isNegative() ? "Time taken away: " : "Time added: ")
                  + Durations.words(e.amount().abs()));
        }
        case RoomEvent.PitchCutOff e -> {
          current.cutOffs.add(new CutOffMark(e.at(), e.reason(), false));
          line(logged, "Pitch cut off" + (e.reason().isEmpty() ? "" : ": " + e.reason()));
        }
        case RoomEvent.CutOffUndone e -> {
          if (!current.cutOffs.isEmpty()) {
            CutOffMark last = current.cutOffs.removeLast();
            current.cutOffs.add(new CutOffMark(last.at(), last.reason(), true));
          }
          line(logged, "Cut-off undone");
        }
        case RoomEvent.Intervened e -> {
          switch (e.intervention()) {
            case OFF_TOPIC -> line(logged, "Intervention: off topic");
            case MAILING_LIST -> line(logged, "Intervention: take it to the mailing list");
            case TIME_EXTENSION -> {
              current.timeGiven = current.timeGiven.plusMinutes(e.minutes());
              line(logged, "Intervention: time extension of " + e.minutes() + " min");
            }
          }
        }
        case RoomEvent.TopicEnded e -> {
          current.endTurn(e.at());
          line(logged, "Topic ended: " + current.topic.title());
          runs.add(current.run(e.at()));
          current = null;
        }
        // Topic starts and notes are taken by take(), before a topic's own events.
        case RoomEvent.TopicStarted e -> {}
        case RoomEvent.NoteWritten e -> {}
        case RoomEvent.NoteCorrected e -> {}
        case RoomEvent.NoteStruck e -> {}
        case RoomEvent.TopicSkipped e -> {}
        case RoomEvent.SessionEnded e -> {}
        case FloorEvent e -> {
          current.floor(e);
          line(logged, FloorWords.of(e));
        }
        case StageEvent e -> {}
      }
    }

    private Optional<Topic> planned(TopicId id) {
      return planned.topics().stream().filter(topic -> topic.id().equals(id)).findFirst();
    }

    /** " by Ana" for a line whose writer gave a name. */
    private static String writer(String by) {
      return by == null ? "" : " by " + by;
    }

    private void line(LoggedEvent logged, String text) {
      RoomEvent event = logged.event();
      log.add(new LogLine(logged.seq(), event.at(), EventCodec.typeName(event), text, event));
    }
  }

  /** A run being read: mutable while its events come in, a record once it ends. */
  private static final class Run {
    final Topic topic;
    final Instant startedAt;
    Instant discussionStartedAt;
    int slidesShown = 1;
    int slideLimitHits;
    final List<CutOffMark> cutOffs = new ArrayList<>();
    Duration timeGiven = Duration.ZERO;
    final Map<Long, FloorEvent.HandRaised> hands = new HashMap<>();
    final List<Turn> speakers = new ArrayList<>();
    int leftInQueue;

    void floor(FloorEvent event) {
      switch (event) {
        case FloorEvent.HandRaised e -> hands.put(e.entry(), e);
        case FloorEvent.SpeakerCalled e -> {
          endTurn(e.at());
          FloorEvent.HandRaised hand = hands.get(e.entry());
          if (hand != null) {
            speakers.add(new Turn(hand.name(), hand.point(), hand.kind(), e.at(), null));
          }
        }
        case FloorEvent.QueueLeft e -> leftInQueue = e.entries().size();
        // The rest of the floor changes no turn.
        case FloorEvent.HandWithdrawn e -> {}
        case FloorEvent.PointSeconded e -> {}
        case FloorEvent.RemovedFromQueue e -> {}
        case FloorEvent.MovedInQueue e -> {}
        case FloorEvent.QueueCleared e -> {}
        case FloorEvent.DeviceBlocked e -> {}
        case FloorEvent.RoomMessageShown e -> {}
        case FloorEvent.RoomMessageCleared e -> {}
        case FloorEvent.BlackoutSet e -> {}
        case FloorEvent.ClockHidden e -> {}
        case FloorEvent.QrShown e -> {}
      }
    }

    void endTurn(Instant at) {
      if (!speakers.isEmpty() && speakers.getLast().endedAt() == null) {
        Turn last = speakers.removeLast();
        speakers.add(new Turn(last.name(), last.point(), last.kind(), last.calledAt(), at));
      }
    }

    Run(Topic topic, Instant startedAt) {
      this.topic = topic;
      this.startedAt = startedAt;
    }

    TopicRun run(Instant endedAt) {
      return new TopicRun(
          topic,
          startedAt,
          discussionStartedAt,
          endedAt,
          slidesShown,
          slideLimitHits,
          List.copyOf(cutOffs),
          timeGiven,
          List.copyOf(speakers),
          leftInQueue);
    }
  }
}
