package dev.gavel.room;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A topic as the room runs it: a copy of the programme's entry taken when the topic starts, so the
 * session log says what was on screen even if the programme is edited afterwards.
 *
 * @param budget the whole topic's time, presentation and discussion together
 * @param presentationBudget the part of the budget the presentation may use, at most half of it
 * @param stakeholders who the topic and its session asked to be in the room, as they were when the
 *     topic started
 */
public record Topic(
    TopicId id,
    SessionId session,
    String title,
    List<String> presenters,
    String category,
    Duration budget,
    Duration presentationBudget,
    int slideLimit,
    List<Stakeholder> stakeholders) {

  public static final int DEFAULT_SLIDE_LIMIT = 3;

  /** A topic that asks nobody in particular to be there. */
  public Topic(
      TopicId id,
      SessionId session,
      String title,
      List<String> presenters,
      String category,
      Duration budget,
      Duration presentationBudget,
      int slideLimit) {
    this(
        id,
        session,
        title,
        presenters,
        category,
        budget,
        presentationBudget,
        slideLimit,
        List.of());
  }

  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(session, "session");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a topic needs a title");
    }
    presenters = List.copyOf(presenters);
    // Logs written before stakeholders existed have none.
    stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("a topic's time budget must be positive: " + budget);
    }
    if (presentationBudget.isNegative()
        || presentationBudget.isZero()
        || presentationBudget.compareTo(budget) > 0) {
      throw new IllegalArgumentException(
          "the presentation's budget must be positive and within the topic's: "
              + presentationBudget);
    }
    if (slideLimit < 1 || slideLimit > 99) {
      throw new IllegalArgumentException("a slide limit is between 1 and 99: " + slideLimit);
    }
  }

  /** The presentation's share when the organiser gives none: half of the topic's time. */
  public static Duration defaultPresentationBudget(Duration budget) {
    return budget.dividedBy(2);
  }

  /** The discussion's planned share of the topic. */
  public Duration discussionBudget() {
    return budget.minus(presentationBudget);
  }
}
