package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gavel.room.CueTimes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicFormTest {

  @Test
  void presentersAreOnePerLine_andBlankOptionalsAreNull() {
    TopicForm form =
        TopicForm.check(
                Map.of(
                    "title",
                    "Next steps in eBPF",
                    "presenters",
                    "Daniel Borkmann\r\n\n  Alexei Starovoitov ",
                    "budget",
                    "15",
                    "presentation",
                    "",
                    "slideLimit",
                    "",
                    "category",
                    ""))
            .value();

    var plan = form.plan(null);

    assertEquals(List.of("Daniel Borkmann", "Alexei Starovoitov"), plan.presenters());
    assertEquals(Duration.ofMinutes(15), plan.budget());
    assertNull(plan.presentationBudget());
    assertNull(plan.slideLimit());
    assertNull(plan.category());
  }

  @Test
  void aPresentationLongerThanTheBudget_isRefused() {
    assertEquals(
        "The presentation's minutes cannot be more than the budget (10).",
        TopicForm.check(Map.of("title", "T", "budget", "10", "presentation", "12"))
            .errors()
            .get("presentation"));
  }

  @Test
  void aBudgetOfZero_isRefused() {
    assertEquals(
        "The time budget in minutes is a whole number from 1 to 600.",
        TopicForm.check(Map.of("title", "T", "budget", "0")).errors().get("budget"));
  }

  @Test
  void aSlideLimitOutOfRange_andTooLongAnAbstract_areRefused() {
    Map<String, String> errors =
        TopicForm.check(
                Map.of(
                    "title", "T", "budget", "5", "slideLimit", "0", "abstract", "x".repeat(4001)))
            .errors();

    assertEquals("The slide limit is a whole number from 1 to 99.", errors.get("slideLimit"));
    assertEquals("The abstract is at most 4000 characters (this is 4001).", errors.get("abstract"));
  }

  @Test
  void aLightningTopicsOwnWarning_isKeptWithoutADanger() {
    TopicForm form =
        TopicForm.check(Map.of("title", "Lightning", "budget", "5", "warning", "1:00")).value();

    assertEquals(new CueTimes(Duration.ofMinutes(1), null), form.cues());
  }

  @Test
  void aWarningAsLongAsTheTopic_isRefused() {
    assertEquals(
        "The warning (5:00) must be shorter than the topic (5:00).",
        TopicForm.check(Map.of("title", "T", "budget", "5", "warning", "5:00"))
            .errors()
            .get("warning"));
  }

  @Test
  void aDangerLongerThanTheTopic_isRefused() {
    assertEquals(
        "The danger (6:00) must be shorter than the topic (5:00).",
        TopicForm.check(Map.of("title", "T", "budget", "5", "danger", "6")).errors().get("danger"));
  }

  @Test
  void aWarningBelowTheTopicsDanger_andANegativeDanger_areRefused() {
    assertEquals(
        "The warning (0:30) cannot come after the danger (1:00): it is as long or longer.",
        TopicForm.check(Map.of("title", "T", "budget", "5", "warning", "0:30", "danger", "1"))
            .errors()
            .get("warning"));
    assertEquals(
        "The danger is minutes and seconds, such as 1:30 (or whole minutes, such as 2), from 0:00"
            + " to 60:00.",
        TopicForm.check(Map.of("title", "T", "budget", "5", "danger", "-0:10"))
            .errors()
            .get("danger"));
  }
}
