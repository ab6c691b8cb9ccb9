package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

  private static Imported read(byte[] body) {
    return ScheduleImport.read(ScheduleFormat.ICALENDAR, body, ImportOptions.none());
  }

  private static Imported indico() {
    return read(TestFiles.bytes("indico-lpc.ics"));
  }

  @Test
  void calendarName_givesTheSlugAndTitle_andXWrTimezoneTheZone() {
    EventPlan plan = indico().plan();

    assertEquals("linux-plumbers-conference-2024", plan.slug());
    assertEquals("Linux Plumbers Conference 2024", plan.title());
    assertEquals(ZoneId.of("Europe/Vienna"), plan.timeZone());
  }

  @Test
  void locations_becomeRooms_andEventsWithoutOneGoToUnassigned() {
    List<RoomPlan> rooms = indico().plan().rooms();

    assertEquals(
        List.of("Hall N1", "Room 1.15 – Ørsted", "Unassigned"),
        rooms.stream().map(RoomPlan::name).toList());
  }

  @Test
  void tzidAndUtcTimes_landOnTheSameClock_andFormOneSession() {
    SessionPlan session = indico().plan().rooms().getFirst().sessions().getFirst();

    assertEquals("Scheduler and Real-Time MC", session.title());
    assertEquals(OffsetDateTime.parse("2024-09-18T10:00+02:00"), session.startsAt());
    assertEquals(OffsetDateTime.parse("2024-09-18T10:55+02:00"), session.endsAt());
    assertEquals(2, session.topics().size());
  }

  @Test
  void speakersLine_givesPresentersWithoutAffiliations_andTheRestIsTheAbstract() {
    List<TopicPlan> topics = indico().plan().rooms().getFirst().sessions().getFirst().topics();

    assertEquals(List.of("Tejun Heo", "David Vernet"), topics.get(0).presenters());
    assertTrue(topics.get(0).abstractText().startsWith("What the BPF scheduler class needs"));
    assertEquals(List.of("John Stultz"), topics.get(1).presenters());
    assertEquals("Where proxy execution stands.", topics.get(1).abstractText());
    assertEquals("indico-contribution-1001@lpc.events", topics.get(0).key());
  }

  @Test
  void floatingTimeAndDuration_areReadInTheEventsZone() {
    TopicPlan rust = indico().plan().rooms().get(1).sessions().getFirst().topics().getFirst();

    assertEquals(OffsetDateTime.parse("2024-09-18T11:00+02:00"), rust.startsAt());
    assertEquals(Duration.ofMinutes(45), rust.budget());
    assertEquals(List.of("Miguel Ojeda", "Wedson Almeida Filho"), rust.presenters());
    assertNull(rust.abstractText());
  }

  @Test
  void allDayAndCancelledEvents_areSkippedAndReported() {
    assertEquals(
        List.of(
            new Skipped("Registration, 2024-09-18", "an all-day event, not a topic"),
            new Skipped("Withdrawn: io_uring networking, 2024-09-18 16:00", "cancelled")),
        indico().skipped());
  }

  @Test
  void importExportImport_givesAnEqualPlan() {
    EventPlan imported = indico().plan();

    String ics = ScheduleExport.iCalendar(imported);

    assertEquals(imported, read(ics.getBytes(StandardCharsets.UTF_8)).plan());
  }

  @Test
  void export_foldsLongLinesAndWritesEveryField() {
    String ics = ScheduleExport.iCalendar(Plans.everything());

    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    assertTrue(ics.lines().allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75));
    assertTrue(ics.contains("UID:t-1\r\n"));
    assertTrue(ics.contains("DTSTART:20260918T080000Z\r\n"));
    assertTrue(ics.contains("LOCATION:Hall A — Ørsted\r\n"));
    assertTrue(ics.contains("CATEGORIES:Scheduler\r\n"));
    assertTrue(ics.contains("X-WR-TIMEZONE:Europe/Dublin\r\n"));
    // the unscheduled session is left out: two scheduled topics, two events
    assertEquals(2, ics.lines().filter("BEGIN:VEVENT"::equals).count());
  }

  @Test
  void fileWithoutVcalendar_isRefused() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                read(
                    "BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
                        .getBytes(StandardCharsets.UTF_8)));

    assertEquals("not an iCalendar file: it does not begin with BEGIN:VCALENDAR", e.getMessage());
  }

  @Test
  void malformedCalendar_isRefusedWithItsLine() {
    String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis is not a property\r\n";

    ImportException e =
        assertThrows(ImportException.class, () -> read(ics.getBytes(StandardCharsets.UTF_8)));

    assertTrue(
        e.getMessage().startsWith("the iCalendar file is malformed at line "), e.getMessage());
  }

  @Test
  void eventEndingBeforeItStarts_isGivenHalfAnHour() {
    String ics =
        """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//test//EN
        X-WR-CALNAME:Test
        BEGIN:VEVENT
        UID:a
        DTSTAMP:20240901T120000Z
        SUMMARY:Backwards
        DTSTART:20240918T100000Z
        DTEND:20240918T094500Z
        END:VEVENT
        END:VCALENDAR
        """
            .replace("\n", "\r\n");

    Imported imported = read(ics.getBytes(StandardCharsets.UTF_8));

    assertEquals(Duration.ofMinutes(30), imported.plan().topics().getFirst().budget());
    assertEquals(
        List.of(
            new Adjusted(
                "Backwards, 2024-09-18 10:00",
                "it is in no room",
                "put in room \"" + PlanAssembly.NO_ROOM + "\""),
            new Adjusted(
                "Backwards, 2024-09-18 10:00",
                "it has no end after its start",
                "given 30 minutes")),
        imported.adjusted());
  }

  @Test
  void tzidWithoutVtimezoneOrZoneDatabaseEntry_skipsTheEventNamingIt() {
    String ics =
        """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//test//EN
        X-WR-CALNAME:Test
        BEGIN:VEVENT
        UID:a
        DTSTAMP:20240901T120000Z
        SUMMARY:Nowhere
        DTSTART;TZID=Atlantis/Capital:20240918T100000
        DURATION:PT30M
        END:VEVENT
        END:VCALENDAR
        """
            .replace("\n", "\r\n");

    Imported imported = read(ics.getBytes(StandardCharsets.UTF_8));

    assertEquals(
        List.of(new Skipped("Nowhere (event \"Nowhere\" (UID a))", "its DTSTART cannot be read")),
        imported.skipped());
  }
}
