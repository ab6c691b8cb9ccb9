package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.html.Checked;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Pacing;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFormTest {

  @Test
  void aCompleteNewEvent_isAccepted() {
    Checked<EventForm> checked =
        EventForm.forNew(
            Map.of(
                "slug",
                "netdev-2026",
                "title",
                " Netdev 0x1a ",
                "slideLimit",
                "3",
                "timeZone",
                "Europe/Berlin"));

    assertEquals(
        new EventForm(
            "netdev-2026",
            "Netdev 0x1a",
            3,
            ZoneId.of("Europe/Berlin"),
            Pacing.DEFAULT_TURN,
            CueTimes.NONE),
        checked.value());
  }

  @Test
  void everyWrongField_isReportedAtOnce() {
    Checked<EventForm> checked =
        EventForm.forNew(
            Map.of(
                "slug", "Net Dev", "title", "  ", "slideLimit", "100", "timeZone", "Mars/Olympus"));

    assertFalse(checked.ok());
    assertEquals(
        Map.of(
            "slug", "The slug is lower-case letters, digits and dashes, such as \"room-a\".",
            "title", "The title is required.",
            "slideLimit", "The slide limit is a whole number from 1 to 99.",
            "timeZone", "\"Mars/Olympus\" is not a time zone; use a name such as Europe/Berlin."),
        checked.errors());
  }

  @Test
  void aSlideLimitThatIsNotANumber_isAWholeNumberMistake() {
    assertTrue(
        EventForm.forEdit(Map.of("title", "T", "slideLimit", "three", "timeZone", "UTC"))
            .errors()
            .get("slideLimit")
            .contains("whole number"));
  }

  @Test
  void editingAnEvent_needsNoSlug() {
    Checked<EventForm> checked =
        EventForm.forEdit(Map.of("title", "T", "slideLimit", "1", "timeZone", "UTC"));

    assertEquals(
        new EventForm(null, "T", 1, ZoneId.of("UTC"), Pacing.DEFAULT_TURN, CueTimes.NONE),
        checked.value());
  }

  private static Checked<EventForm> paced(String turn, String warning, String danger) {
    return EventForm.forEdit(
        Map.of(
            "title",
            "T",
            "slideLimit",
            "3",
            "timeZone",
            "UTC",
            "turn",
            turn,
            "warning",
            warning,
            "danger",
            danger));
  }

  @Test
  void aTurnAndThresholdsInMinutesAndSeconds_areTheEventsPacing() {
    Checked<EventForm> checked = paced("1:30", "3", "0:20");

    assertEquals(Duration.ofSeconds(90), checked.value().turn());
    assertEquals(
        new CueTimes(Duration.ofMinutes(3), Duration.ofSeconds(20)), checked.value().cues());
  }

  @Test
  void blankThresholds_leaveTheServersInPlace() {
    assertEquals(CueTimes.NONE, paced("2:00", "", " ").value().cues());
  }

  @Test
  void aNegativeWarning_isRefusedWithWhatToType() {
    assertEquals(
        "The warning is minutes and seconds, such as 1:30 (or whole minutes, such as 2), from"
            + " 0:00 to 60:00.",
        paced("2:00", "-1:00", "").errors().get("warning"));
  }

  @Test
  void aWarningBelowTheDanger_isRefused() {
    assertEquals(
        "The warning (0:30) cannot come after the danger (1:00): it is as long or longer.",
        paced("2:00", "0:30", "1:00").errors().get("warning"));
  }

  @Test
  void thresholdsAndTurnsThatAreNotTimes_areRefused() {
    Checked<EventForm> checked = paced("soon", "1:75", "two");

    assertFalse(checked.ok());
    assertEquals(
        "A speaker's turn is minutes and seconds, such as 1:30 (or whole minutes, such as 2),"
            + " from 0:15 to 30:00.",
        checked.errors().get("turn"));
    assertTrue(checked.errors().get("warning").startsWith("The warning is minutes and seconds"));
    assertTrue(checked.errors().get("danger").startsWith("The danger is minutes and seconds"));
  }

  @Test
  void aTurnOrThresholdOutOfBounds_isRefused() {
    Checked<EventForm> checked = paced("0:05", "61:00", "");

    assertTrue(checked.errors().get("turn").endsWith("from 0:15 to 30:00."));
    assertTrue(checked.errors().get("warning").endsWith("from 0:00 to 60:00."));
  }
}
