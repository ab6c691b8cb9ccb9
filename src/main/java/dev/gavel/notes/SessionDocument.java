package dev.gavel.notes;

import dev.gavel.room.Agenda;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.Notebook;
import dev.gavel.room.QueueKind;
import dev.gavel.room.Topic;
import dev.gavel.runtime.OpenRooms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A session's history with what a reader needs around it: the event and room it belongs to and the
 * time zone its times are shown in. Every page and export of a session is made from one.
 */
public record SessionDocument(
    String eventTitle, String roomName, SessionHistory history, ZoneId zone) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

  /** A planned topic with its runs (none if it was not run), in the programme's order. */
  public record Entry(Topic topic, List<SessionHistory.TopicRun> runs, List<Notebook.Note> notes) {}

  /** The document of a session found in its room, read from the room's log as of now. */
  public static SessionDocument read(OpenRooms.SessionInRoom found, Clock clock) {
    return of(found, found.room().service().loggedEvents(), clock.instant(), clock.getZone());
  }

  /** The document of a session found in its room, from the room's log as already read. */
  public static SessionDocument of(
      OpenRooms.SessionInRoom found, List<LoggedEvent> roomLog, Instant asOf, ZoneId zone) {
    Agenda.Session session = found.session();
    return new SessionDocument(
        found.room().info().eventTitle(),
        found.room().info().name(),
        SessionHistory.of(session, roomLog, asOf),
        zone);
  }

  public String title() {
    return history.session().title();
  }

  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (Topic topic : history.session().topics()) {
      entries.add(
          new Entry(
              topic,
              history.runs().stream().filter(run -> run.topic().id().equals(topic.id())).toList(),
              visible(history.notesOf(topic))));
    }
    return entries;
  }

  /** Notes written between topics: welcomes, wrap-ups, announcements. */
  public List<Notebook.Note> generalNotes() {
    return visible(history.notesBetweenTopics());
  }

  /** Struck lines stay in the log; the published notes leave them out. */
  private static List<Notebook.Note> visible(List<Notebook.Note> notes) {
    return notes.stream().filter(note -> !note.struck()).toList();
  }

  public String time(Instant instant) {
    return TIME.format(instant.atZone(zone));
  }

  public String timeWithSeconds(Instant instant) {
    return TIME_SECONDS.format(instant.atZone(zone));
  }

  /** The day the session ran on, or empty before it started. */
  public String day() {
    return history.runs().isEmpty()
        ? ""
        : DAY.format(history.runs().getFirst().startedAt().atZone(zone));
  }

  /** What a run took against its plan, in a sentence. */
  public String actual(SessionHistory.TopicRun run) {
    Instant asOf = history.asOf();
    StringBuilder out = new StringBuilder();
    out.append(time(run.startedAt())).append('–');
    out.append(run.isRunning() ? "now" : time(run.endedAt()));
    out.append(" (").append(Durations.words(run.total(asOf)));
    Duration over = run.overrun(asOf);
    if (!over.isZero()) {
      out.append(", ").append(Durations.words(over)).append(" over");
    }
    out.append("): presentation ").append(Durations.words(run.presentation(asOf)));
    out.append(", discussion ").append(Durations.words(run.discussion(asOf)));
    return out.toString();
  }

  /** What became of a topic that did not run: skipped by the moderator, or not reached. */
  public String notRun(Topic topic) {
    Instant skippedAt = history.skipped().get(topic.id());
    return skippedAt == null ? "not run" : "skipped at " + time(skippedAt);
  }

  public static String planned(Topic topic) {
    return Durations.words(topic.budget())
        + " (presentation at most "
        + Durations.words(topic.presentationBudget())
        + ")";
  }

  public static String slides(SessionHistory.TopicRun run) {
    String shown = run.slidesShown() + " of " + run.topic().slideLimit();
    return run.slideLimitHits() == 0
        ? shown
        : shown + ", " + run.slideLimitHits() + " more refused";
  }

  /** "Ada Lovelace (2:10): her point; Brian (0:45)", in the order they were called. */
  public String speakers(SessionHistory.TopicRun run) {
    return run.speakers().stream()
        .map(
            turn ->
                turn.name()
                    + " ("
                    + Durations.clock(turn.length(history.asOf()))
                    + (turn.kind() == QueueKind.CLARIFY ? ", clarifying" : "")
                    + ")"
                    + (turn.point().isEmpty() ? "" : ": " + turn.point()))
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  /** Whoever still waited when the topic ended, as a count in words; empty for nobody. */
  public static String leftUnheard(SessionHistory.TopicRun run) {
    int left = run.leftInQueue();
    return left == 0 ? "" : left + (left == 1 ? " person" : " people") + " still in the queue";
  }

  public String cutOffs(SessionHistory.TopicRun run) {
    return run.cutOffs().stream()
        .filter(cut -> !cut.undone())
        .map(cut -> time(cut.at()) + (cut.reason().isEmpty() ? "" : " — " + cut.reason()))
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }
}
