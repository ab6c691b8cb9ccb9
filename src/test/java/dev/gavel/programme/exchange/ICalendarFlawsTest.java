package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.programme.EventPlan.TopicPlan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calendars with the flaws real ones have: each reads whole, and says what it adjusted. */
class ICalendarFlawsTest {

  private static String calendar(String events) {
    return """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//test//EN
        X-WR-CALNAME:Flaws
        X-WR-TIMEZONE:Europe/Berlin
        %sEND:VCALENDAR
        """
        .formatted(events);
  }

  private static String event(String uid, String summary, String start, String end) {
    return "BEGIN:VEVENT\nUID:%s\nSUMMARY:%s\nDTSTART;TZID=Europe/Berlin:%s\n%sLOCATION:Tent\nEND:VEVENT\n"
        .formatted(
            uid, summary, start, end == null ? "" : "DTEND;TZID=Europe/Berlin:" + end + "\n");
  }

  private static Imported read(String ics) {
    return ScheduleImport.read(
        ScheduleFormat.ICALENDAR, ics.getBytes(StandardCharsets.UTF_8), ImportOptions.none());
  }

  @Test
  void lfAndCrlfAndFoldedLines_readAlike() {
    String lf =
        calendar(
            event(
                    "1",
                    "A title long enough to be folded by the tool that wrote it, as real"
                        + " calendars are",
                    "20260818T100000",
                    "20260818T103000")
                .replace("as real calendars", "as real\n  calendars"));

    TopicPlan fromLf = read(lf).plan().topics().getFirst();
    TopicPlan fromCrlf = read(lf.replace("\n", "\r\n")).plan().topics().getFirst();

    assertEquals(
        "A title long enough to be folded by the tool that wrote it, as real calendars are",
        fromLf.title());
    assertEquals(fromLf, fromCrlf);
  }

  @Test
  void anEventWithoutDtend_endsAtItsStart_soItRunsUntilTheNext_andSaysSo() {
    Imported imported =
        read(
            calendar(
                event("1", "Open mic", "20260818T100000", null)
                    + event("2", "Talk", "20260818T101500", "20260818T110000")));

    assertEquals(Duration.ofMinutes(15), imported.plan().topics().getFirst().budget());
    assertEquals(
        List.of(
            new Adjusted(
                "Open mic, 2026-08-18 10:00",
                "it has no end after its start",
                "given 15 minutes, until the next item in its room")),
        imported.adjusted());
  }

  @Test
  void anEmptySummary_isTakenAsUntitled() {
    Imported imported = read(calendar(event("1", "", "20260818T100000", "20260818T103000")));

    assertEquals("Untitled", imported.plan().topics().getFirst().title());
    assertEquals(
        List.of(
            new Adjusted(
                "an untitled item, 2026-08-18 10:00", "it has no title", "titled \"Untitled\"")),
        imported.adjusted());
  }

  @Test
  void aUidReusedByThreeItems_givesTheLaterOnesTheirOwn() {
    Imported imported =
        read(
            calendar(
                event("same", "Day 1", "20260818T100000", "20260818T103000")
                    + event("same", "Day 2", "20260819T100000", "20260819T103000")
                    + event("same", "Day 3", "20260820T100000", "20260820T103000")));

    assertEquals(
        List.of("same", "same#2", "same#3"),
        imported.plan().topics().stream().map(TopicPlan::key).toList());
    assertEquals(2, imported.adjusted().size());
  }

  @Test
  void breaks_areSkipped_notTopics() {
    Imported imported =
        read(
            calendar(
                event("1", "Talk", "20260818T100000", "20260818T103000")
                    + event("2", "Lunch", "20260818T120000", "20260818T130000")
                    + event("3", "Coffee break", "20260818T150000", "20260818T153000")));

    assertEquals(1, imported.plan().topics().size());
    assertEquals(
        List.of(
            new Skipped("Lunch, 2026-08-18 12:00", "a break, not a topic"),
            new Skipped("Coffee break, 2026-08-18 15:00", "a break, not a topic")),
        imported.skipped());
  }

  @Test
  void twoItemsAtOneTimeInOneLocation_areBothTaken() {
    Imported imported =
        read(
            calendar(
                event("1", "Lab", "20260818T100000", "20260818T110000")
                    + event("2", "Talk", "20260818T100000", "20260818T103000")));

    assertEquals(2, imported.plan().topics().size());
    assertEquals(
        OffsetDateTime.parse("2026-08-18T10:00+02:00"), imported.plan().topics().get(1).startsAt());
  }
}
