package dev.gavel.programme;

import java.time.Duration;
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

  public record SessionPlan(String title, String moderator, List<TopicPlan> topics) {
    public SessionPlan {
      requireText(title, "a session needs a title");
      topics = List.copyOf(topics);
    }
  }

  /**
   * @param slideLimit null to use the event's
   * @param presentationBudget null for the default share of the budget
   */
  public record TopicPlan(
      String title,
      List<String> presenters,
      String category,
      Duration budget,
      Duration presentationBudget,
      Integer slideLimit) {
    public TopicPlan {
      requireText(title, "a topic needs a title");
      presenters = List.copyOf(presenters);
      if (budget.isNegative() || budget.isZero()) {
        throw new IllegalArgumentException("a topic's time budget must be positive");
      }
      if (slideLimit != null) {
        requireSlideLimit(slideLimit);
      }
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
