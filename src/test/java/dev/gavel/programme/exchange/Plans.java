package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.NoOverlap;
import dev.gavel.room.Stakeholder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Plans built in code, using everything an EventPlan can hold. */
final class Plans {

  static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");

  /** The day of an export, which dates a schedule that has nothing scheduled. */
  static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 9, 1);

  private Plans() {}

  /**
   * The plan without what schedules list of their topics beyond Gavel's own fields: for comparing
   * what two formats give when one of them cannot carry a frab id or a subtitle.
   */
  static EventPlan unlisted(EventPlan plan) {
    return plan.mapTopics(topic -> topic.listed(null));
  }

  /** Two rooms, a scheduled and an unscheduled session, stakeholders, limits and priorities. */
  static EventPlan everything() {
    OffsetDateTime nine = OffsetDateTime.parse("2026-09-18T09:00+01:00");
    TopicPlan first =
        new TopicPlan(
            "t-1",
            "Scheduler latency on big.LITTLE",
            List.of("Dietmar Eggemann", "Vincent Guittot"),
            "Scheduler",
            Duration.ofMinutes(20),
            Duration.ofMinutes(5),
            2,
            "Where the wakeup path still hurts.",
            nine,
            List.of(new Stakeholder("Peter Zijlstra", "sched core", Stakeholder.State.CONFIRMED)));
    TopicPlan second =
        new TopicPlan(
            null,
            "EEVDF follow-ups",
            List.of("Ingo Ó Súilleabháin"),
            null,
            Duration.ofMinutes(25),
            null,
            null,
            null,
            null,
            List.of(Stakeholder.requested("Juri Lelli", null)));
    SessionPlan morning =
        new SessionPlan(
            "sched@morning",
            "Scheduler MC",
            nine,
            nine.plusMinutes(45),
            "Steven Rostedt",
            List.of(new Stakeholder("Thomas Gleixner", "RT", Stakeholder.State.DECLINED)),
            List.of(first, second));
    SessionPlan later =
        SessionPlan.unscheduled(
            "Open discussion",
            null,
            List.of(
                TopicPlan.proposed(
                    "What next for sched_ext?", List.of(), "BPF", Duration.ofMinutes(30))));
    RoomPlan hall = new RoomPlan("hall-a", "Hall A — Ørsted", List.of(morning, later));
    RoomPlan empty = new RoomPlan("side", "Side room", List.of());
    return new EventPlan(
        "lpc2026",
        "Linux Plumbers Conference 2026",
        5,
        DUBLIN,
        List.of(hall, empty),
        List.of(
            new NoOverlap(NoOverlap.Kind.CATEGORY, "Scheduler"),
            new NoOverlap(NoOverlap.Kind.STAKEHOLDER, "Peter Zijlstra")));
  }
}
