package dev.gavel.organise;

import dev.gavel.html.Check;
import dev.gavel.html.Checked;
import dev.gavel.programme.EventPlan;
import dev.gavel.room.CueTimes;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A topic as the organiser edits it. Times are whole minutes; a blank slide limit means the
 * event's, a blank presentation time the default share of the budget, a blank warning or danger the
 * event's (minutes and seconds, shorter than the topic).
 */
record TopicForm(
    String title,
    List<String> presenters,
    String category,
    int budgetMinutes,
    Integer presentationMinutes,
    Integer slideLimit,
    String abstractText,
    CueTimes cues) {

  static final int MAX_MINUTES = 600;

  static Checked<TopicForm> check(Map<String, String> form) {
    Check check = new Check(form);
    String title = check.text("title", "The title", true, 200);
    List<String> presenters = check.lines("presenters", "presenters", 100, 10);
    String category = check.text("category", "The category", false, 100);
    Integer budget = check.number("budget", "The time budget in minutes", true, 1, MAX_MINUTES);
    Integer presentation =
        check.number("presentation", "The presentation's minutes", false, 1, MAX_MINUTES);
    if (budget != null && presentation != null && presentation > budget) {
      check.fail(
          "presentation",
          "The presentation's minutes cannot be more than the budget (" + budget + ").");
    }
    Integer slideLimit = check.number("slideLimit", "The slide limit", false, 1, 99);
    String abstractText = check.paragraphs("abstract", "The abstract", false, 4000);
    CueTimes cues = EventForm.cues(check, budget == null ? null : Duration.ofMinutes(budget));
    return Checked.of(
        check,
        () ->
            new TopicForm(
                title, presenters, category, budget, presentation, slideLimit, abstractText, cues));
  }

  /** The topic to store; the store keeps its place and its stakeholders. */
  EventPlan.TopicPlan plan(String key) {
    return new EventPlan.TopicPlan(
        key,
        title,
        presenters,
        category,
        Duration.ofMinutes(budgetMinutes),
        presentationMinutes == null ? null : Duration.ofMinutes(presentationMinutes),
        slideLimit,
        abstractText,
        null,
        List.of());
  }
}
