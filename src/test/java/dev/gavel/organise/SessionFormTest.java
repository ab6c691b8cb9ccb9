package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionFormTest {

  @Test
  void times_areReadInTheEventsTimeZone() {
    SessionForm form =
        SessionForm.check(
                Map.of(
                    "title",
                    "Networking",
                    "start",
                    "2015-08-20T09:00",
                    "end",
                    "2015-08-20T12:30",
                    "moderator",
                    ""))
            .value();

    var plan = form.plan(null, ZoneId.of("America/Los_Angeles"));

    assertEquals(OffsetDateTime.parse("2015-08-20T09:00-07:00"), plan.startsAt());
    assertEquals(OffsetDateTime.parse("2015-08-20T12:30-07:00"), plan.endsAt());
    assertNull(plan.moderator());
  }

  @Test
  void anEndBeforeTheStart_isRefusedBesideTheEnd() {
    Map<String, String> errors =
        SessionForm.check(
                Map.of(
                    "title", "Networking", "start", "2015-08-20T09:00", "end", "2015-08-20T08:00"))
            .errors();

    assertEquals(Map.of("end", "The end must be after the start."), errors);
  }

  @Test
  void aStartWithoutAnEnd_isRefused() {
    assertEquals(
        "A session with a start needs an end too.",
        SessionForm.check(Map.of("title", "N", "start", "2015-08-20T09:00")).errors().get("end"));
  }

  @Test
  void noTimesAtAll_isAnUnscheduledSession() {
    SessionForm form = SessionForm.check(Map.of("title", "Later")).value();

    assertNull(form.plan(null, ZoneId.of("UTC")).startsAt());
  }

  @Test
  void aTitleAndATimeThatIsNotOne_areBothReported() {
    Map<String, String> errors =
        SessionForm.check(Map.of("title", "", "start", "tomorrow", "end", "")).errors();

    assertEquals(
        Map.of(
            "title",
            "The title is required.",
            "start",
            "The start is a date and time, such as 2026-09-14T09:30."),
        errors);
  }
}
