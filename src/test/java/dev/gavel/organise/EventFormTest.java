package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.html.Checked;
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
        new EventForm("netdev-2026", "Netdev 0x1a", 3, ZoneId.of("Europe/Berlin")),
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

    assertEquals(new EventForm(null, "T", 1, ZoneId.of("UTC")), checked.value());
  }
}
