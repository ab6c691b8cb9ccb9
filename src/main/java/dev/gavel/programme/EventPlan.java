package dev.gavel.programme;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A programme to create: an event with its rooms, their sessions and each session's topics, in
 * order. Validated on construction so nothing half-valid reaches the store.
 */
public record EventPlan(String slug, String title, int slideLimit, List<RoomPlan> rooms) {

  public EventPlan {
    requireText(slug, "an event needs a slug");
    requireText(title, "an event needs a title");
    requireSlideLimit(slideLimit);
    rooms = List.copyOf(rooms);
  }

  public record RoomPlan(String slug, String name, List<SessionPlan> sessions) {
    public RoomPlan {
      requireText(slug, "a room needs a slug");
      requireText(name, "a room needs a name");
      sessions = List.copyOf(sessions);
    }
  }

  /**
   * @param startsAt when the session begins, or null when not yet scheduled
   * @param endsAt when it ends; null when not scheduled, else after {@code startsAt}
   * @param moderator who runs it, or null
   */
  public record SessionPlan(
      String title,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String moderator,
      List<TopicPlan> topics) {
    public SessionPlan {
      requireText(title, "a session needs a title");
      if ((startsAt == null) != (endsAt == null)) {
        throw new IllegalArgumentException(
            "session \"" + title + "\" needs both a start and an end, or neither");
      }
      if (startsAt != null && !endsAt.isAfter(startsAt)) {
        throw new IllegalArgumentException(
            "session \"" + title + "\" must end after it starts");
      }
      topics = List.copyOf(topics);
    }

    /** An unscheduled session: a block of topics run in order. */
    public static SessionPlan unscheduled(String title, String moderator, List<TopicPlan> topics) {
      return new SessionPlan(title, null, null, moderator, topics);
    }
  }

  /**
   * @param key the topic's id in the file it came from (a frab guid, say), so importing the same
   *     file again updates it rather than adding it twice; null when it has none
   * @param presentationBudget null for the default share of the budget
   * @param slideLimit null to use the event's
   * @param abstractText the proposal's abstract, or null
   * @param startsAt its planned start, or null
   */
  public record TopicPlan(
      String key,
      String title,
      List<String> presenters,
      String category,
      Duration budget,
      Duration presentationBudget,
      Integer slideLimit,
      String abstractText,
      OffsetDateTime startsAt) {
    public TopicPlan {
      requireText(title, "a topic needs a title");
      presenters = List.copyOf(presenters);
      if (budget == null || budget.isNegative() || budget.isZero()) {
        throw new IllegalArgumentException("topic \"" + title + "\" needs a positive time budget");
      }
      if (presentationBudget != null
          && (presentationBudget.isNegative()
              || presentationBudget.isZero()
              || presentationBudget.compareTo(budget) > 0)) {
        throw new IllegalArgumentException(
            "topic \"" + title + "\": the presentation's time must be positive and within the topic's");
      }
      if (slideLimit != null) {
        requireSlideLimit(slideLimit);
      }
    }

    /** A topic as a proposal has it: a title, presenters, a category and a time budget. */
    public static TopicPlan proposed(
        String title, List<String> presenters, String category, Duration budget) {
      return new TopicPlan(null, title, presenters, category, budget, null, null, null, null);
    }
  }

  private static void requireText(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void requireSlideLimit(int limit) {
    if (limit < 1 || limit > 99) {
      throw new IllegalArgumentException("a slide limit is between 1 and 99: " + limit);
    }
  }
}
