package dev.gavel.runtime;

import dev.gavel.room.Agenda;
import dev.gavel.room.Countdown;
import dev.gavel.room.Phase;
import dev.gavel.room.Room;
import dev.gavel.room.RoomRules;
import dev.gavel.room.Stakeholder;
import dev.gavel.room.TimerThresholds;
import dev.gavel.room.Topic;
import dev.gavel.room.TopicId;
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
    List<AgendaItem> agenda) {

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
        null);
  }

  public static StateView of(Room room, Agenda agenda, Instant now, TimerThresholds thresholds) {
    Optional<Room.RunningTopic> running = room.topic();
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
            .toList());
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
