package dev.gavel.runtime;

import dev.gavel.room.Agenda;
import dev.gavel.room.Countdown;
import dev.gavel.room.Phase;
import dev.gavel.room.QueueEntry;
import dev.gavel.room.Room;
import dev.gavel.room.RoomRules;
import dev.gavel.room.SpeakingQueue;
import dev.gavel.room.Stakeholder;
import dev.gavel.room.TimerThresholds;
import dev.gavel.room.Topic;
import dev.gavel.room.TopicId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The room's live state as every screen and script reads it. Instants are epoch milliseconds and
 * durations milliseconds, so a browser needs no parsing; a running timer is its end instant, which
 * clients count down to against their estimate of the server's clock.
 *
 * @param session the session the room is in (see {@link RoomRules#currentSession})
 * @param slide null between topics
 * @param cutOffReason empty when none was given; null when not cut off
 * @param agenda the session's topics with their status; left out of events that do not change it
 * @param queue the running topic's speaking queue, in order
 * @param speaking who was called last, or null; a new topic starts with nobody
 * @param roomMessage the moderator's message to the room, or null
 * @param blackout whether the projector is dark but for a small clock
 * @param clockHidden whether the projector hides its clock
 * @param qrShown whether the projector shows the attendee page's QR code full size
 * @param thresholds when the running topic's timer warns and shows danger (its own, its event's or
 *     the server's); between topics the event's
 */
public record StateView(
    SessionView session,
    String phase,
    TopicView topic,
    Integer slide,
    Integer slideLimit,
    TimerView timer,
    boolean cutOff,
    String cutOffReason,
    Long cutOffAt,
    Long undoUntil,
    BannerView banner,
    TopicView next,
    List<AgendaItem> agenda,
    List<EntryView> queue,
    SpeakerView speaking,
    MessageView roomMessage,
    boolean blackout,
    boolean clockHidden,
    boolean qrShown,
    ThresholdsView thresholds) {

  /** Remaining times, in milliseconds, at or below which the timer warns and shows danger. */
  public record ThresholdsView(long warningMs, long dangerMs) {
    static ThresholdsView of(TimerThresholds thresholds) {
      return new ThresholdsView(thresholds.warning().toMillis(), thresholds.danger().toMillis());
    }
  }

  /**
   * An entry of the speaking queue as every screen shows it; never the device behind it.
   *
   * @param kind point or clarify
   * @param plusOnes how many others gave the point a +1
   */
  public record EntryView(
      long id, String name, String point, String kind, String seat, int plusOnes, long at) {
    static EntryView of(QueueEntry entry) {
      return new EntryView(
          entry.id(),
          entry.name(),
          entry.point(),
          camel(entry.kind().name()),
          entry.seat(),
          entry.seconded().size(),
          entry.at().toEpochMilli());
    }
  }

  /**
   * Who has the floor.
   *
   * @param turnEndsAt when their turn is up, by the event's turn length
   * @param turnMs the event's turn length
   */
  public record SpeakerView(EntryView entry, long calledAt, long turnEndsAt, long turnMs) {}

  public record MessageView(String text, long at) {}

  /**
   * @param startsAt its planned start, null when the programme gives none; so is endsAt
   */
  public record SessionView(long id, String title, Long startsAt, Long endsAt) {}

  public record TopicView(
      long id,
      long sessionId,
      String title,
      List<String> presenters,
      String category,
      int slideLimit,
      long budgetMs,
      long presentationBudgetMs,
      Long startedAt,
      Long discussionStartedAt,
      List<StakeholderView> stakeholders) {

    static TopicView of(Topic topic, Instant startedAt, Instant discussionStartedAt) {
      return new TopicView(
          topic.id().value(),
          topic.session().value(),
          topic.title(),
          topic.presenters(),
          topic.category(),
          topic.slideLimit(),
          topic.budget().toMillis(),
          topic.presentationBudget().toMillis(),
          millis(startedAt),
          millis(discussionStartedAt),
          topic.stakeholders().stream().map(StakeholderView::of).toList());
    }
  }

  /**
   * Someone the topic asked to be in the room; {@code state} is requested, confirmed or declined.
   */
  public record StakeholderView(String name, String area, String state) {
    static StakeholderView of(Stakeholder person) {
      return new StakeholderView(person.name(), person.area(), person.state().wireName());
    }
  }

  /**
   * @param endsAt the end instant while running, null while paused
   * @param remainingMs what is left at the server's instant of this view; negative in overtime
   * @param level normal, warning, danger or overtime at that instant
   */
  public record TimerView(
      boolean running,
      Long endsAt,
      long remainingMs,
      long allottedMs,
      boolean overtime,
      String level) {}

  public record BannerView(String intervention, int minutes, long at) {}

  /**
   * @param budgetMs the topic's planned time
   * @param status current, done, skipped or coming
   */
  public record AgendaItem(
      long id,
      long sessionId,
      String title,
      List<String> presenters,
      String category,
      long budgetMs,
      String status) {}

  /**
   * The same view without the agenda, for an event that cannot change it: every screen already has
   * it from its snapshot, and a room of a thousand phones need not be sent it each time.
   */
  public StateView withoutAgenda() {
    return new StateView(
        session,
        phase,
        topic,
        slide,
        slideLimit,
        timer,
        cutOff,
        cutOffReason,
        cutOffAt,
        undoUntil,
        banner,
        next,
        null,
        queue,
        speaking,
        roomMessage,
        blackout,
        clockHidden,
        qrShown,
        thresholds);
  }

  /**
   * @param server the thresholds of the server, for an event and topic that set none
   */
  public static StateView of(Room room, Agenda agenda, Instant now, TimerThresholds server) {
    Optional<Room.RunningTopic> running = room.topic();
    TimerThresholds thresholds = agenda.pacing().thresholds(room.topicId(), server);
    Optional<Topic> next = agenda.next(room.finished(), room.topicId());
    return new StateView(
        session(room, agenda),
        room.phase().name().toLowerCase(Locale.ROOT),
        running
            .map(r -> TopicView.of(r.topic(), r.startedAt(), r.discussionStartedAt()))
            .orElse(null),
        running.map(Room.RunningTopic::slide).orElse(null),
        running.map(r -> r.topic().slideLimit()).orElse(null),
        room.timer() == null ? null : timer(room.phase(), room.timer(), now, thresholds),
        room.isCutOff(),
        room.isCutOff() ? room.cutOff().reason() : null,
        room.isCutOff() ? room.cutOff().at().toEpochMilli() : null,
        room.isCutOff() ? room.cutOff().at().plus(RoomRules.UNDO_WINDOW).toEpochMilli() : null,
        room.banner() == null
            ? null
            : new BannerView(
                camel(room.banner().intervention().name()),
                room.banner().minutes(),
                room.banner().at().toEpochMilli()),
        next.map(topic -> TopicView.of(topic, null, null)).orElse(null),
        agenda.topics().stream()
            .map(
                topic ->
                    new AgendaItem(
                        topic.id().value(),
                        topic.session().value(),
                        topic.title(),
                        topic.presenters(),
                        topic.category(),
                        topic.budget().toMillis(),
                        status(room, topic.id())))
            .toList(),
        room.floor().queue().waiting().stream().map(EntryView::of).toList(),
        speaker(room.floor().queue(), agenda.pacing().speakerTurn()),
        room.floor().message() == null
            ? null
            : new MessageView(
                room.floor().message().text(), room.floor().message().at().toEpochMilli()),
        room.floor().blackout(),
        room.floor().projector().clockHidden(),
        room.floor().projector().qrShown(),
        ThresholdsView.of(thresholds));
  }

  private static SpeakerView speaker(SpeakingQueue queue, Duration turn) {
    if (queue.speaking() == null) {
      return null;
    }
    return new SpeakerView(
        EntryView.of(queue.speaking()),
        queue.calledAt().toEpochMilli(),
        queue.calledAt().plus(turn).toEpochMilli(),
        turn.toMillis());
  }

  /** A topic run again is current, not done. */
  private static String status(Room room, TopicId topic) {
    if (topic.equals(room.topicId().orElse(null))) {
      return "current";
    }
    if (room.done().contains(topic)) {
      return "done";
    }
    return room.skipped().contains(topic) ? "skipped" : "coming";
  }

  private static SessionView session(Room room, Agenda agenda) {
    return RoomRules.currentSession(room, agenda)
        .flatMap(agenda::session)
        .map(
            session ->
                new SessionView(
                    session.id().value(),
                    session.title(),
                    millis(session.startsAt()),
                    millis(session.endsAt())))
        .orElse(null);
  }

  private static TimerView timer(
      Phase phase, Countdown timer, Instant now, TimerThresholds thresholds) {
    return new TimerView(
        timer.isRunning(),
        timer instanceof Countdown.Running running ? running.endsAt().toEpochMilli() : null,
        timer.remaining(now).toMillis(),
        timer.allotted().toMillis(),
        timer.isOvertime(now),
        camel(thresholds.level(phase, timer, now).name()));
  }

  /** {@code TIME_EXTENSION} becomes {@code timeExtension}, the wire's spelling. */
  public static String camel(String constant) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }
}
