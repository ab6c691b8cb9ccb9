package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conference-sized schedules in every published format: 6 rooms, 3 days, 253 topics, across the day
 * the clocks go back in Dublin (25 October 2026) and in Vancouver (1 November 2026).
 */
class LargeScheduleTest {

  private static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
  private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");

  private static final ScheduleGenerator IN_DUBLIN =
      new ScheduleGenerator(
          "open-summit-dublin-2026",
          "Open Summit Dublin 2026",
          DUBLIN,
          LocalDate.of(2026, 10, 24),
          // the first of the two 01:30s of the night the clocks go back
          LocalDateTime.of(2026, 10, 25, 1, 30).atZone(DUBLIN));

  private static final ScheduleGenerator IN_VANCOUVER =
      new ScheduleGenerator(
          "open-summit-vancouver-2026",
          "Open Summit Vancouver 2026",
          VANCOUVER,
          LocalDate.of(2026, 10, 31),
          LocalDateTime.of(2026, 11, 1, 1, 30).atZone(VANCOUVER));

  private static final String DUBLIN_VTIMEZONE =
      """
      BEGIN:VTIMEZONE
      TZID:Europe/Dublin
      BEGIN:STANDARD
      DTSTART:19701025T020000
      TZOFFSETFROM:+0100
      TZOFFSETTO:+0000
      RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
      TZNAME:GMT
      END:STANDARD
      BEGIN:DAYLIGHT
      DTSTART:19700329T010000
      TZOFFSETFROM:+0000
      TZOFFSETTO:+0100
      RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
      TZNAME:IST
      END:DAYLIGHT
      END:VTIMEZONE
      """;

  private static final String VANCOUVER_VTIMEZONE =
      """
      BEGIN:VTIMEZONE
      TZID:America/Vancouver
      BEGIN:DAYLIGHT
      DTSTART:19700308T020000
      TZOFFSETFROM:-0800
      TZOFFSETTO:-0700
      RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
      TZNAME:PDT
      END:DAYLIGHT
      BEGIN:STANDARD
      DTSTART:19701101T020000
      TZOFFSETFROM:-0700
      TZOFFSETTO:-0800
      RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
      TZNAME:PST
      END:STANDARD
      END:VTIMEZONE
      """;

  private static Imported read(ScheduleFormat format, String text) {
    return ScheduleImport.read(format, text.getBytes(StandardCharsets.UTF_8), ImportOptions.none());
  }

  @Test
  void frabXml_givesEveryRoomSessionAndTopic_andSkipsTheLunches() {
    Imported imported = read(ScheduleFormat.FRAB_XML, IN_DUBLIN.frabXml());
    EventPlan plan = imported.plan();

    assertEquals(6, plan.rooms().size());
    assertEquals(253, plan.topics().size());
    // a morning and an afternoon per room and day, and the night owls' own session
    assertEquals(37, plan.rooms().stream().mapToInt(room -> room.sessions().size()).sum());
    assertEquals(18, imported.skipped().size());
  }

  @Test
  void roomsWithNonAsciiNames_getSlugs_andANameWithNoLatinLetterGetsItsPlace() {
    List<RoomPlan> rooms = read(ScheduleFormat.FRAB_XML, IN_DUBLIN.frabXml()).plan().rooms();

    assertEquals(
        List.of("main-hall", "salle-emile", "sala-lodz", "saal-muller", "room-5", "rom-o"),
        rooms.stream().map(RoomPlan::slug).toList());
    assertEquals("会议室 中文", rooms.get(4).name());
  }

  @Test
  void localTimes_takeTheOffsetOfTheirDay_acrossTheClockChange() {
    List<SessionPlan> hall =
        read(ScheduleFormat.FRAB_XML, IN_DUBLIN.frabXml()).plan().rooms().getFirst().sessions();

    assertEquals(OffsetDateTime.parse("2026-10-24T09:00+01:00"), hall.get(0).startsAt());
    assertEquals(OffsetDateTime.parse("2026-10-25T09:00Z"), hall.get(2).startsAt());
    assertEquals("Track Main Hall – Ünïcödé", hall.get(0).title());
    assertEquals("Main Hall, Sat 24 Oct 13:30", hall.get(1).title());
  }

  @Test
  void eventAcrossTheClockChange_keepsItsInstants() {
    RoomPlan lastRoom = read(ScheduleFormat.FRAB_XML, IN_DUBLIN.frabXml()).plan().rooms().getLast();
    SessionPlan night = lastRoom.sessions().get(2);

    assertEquals(Instant.parse("2026-10-25T00:30:00Z"), night.startsAt().toInstant());
    assertEquals(Instant.parse("2026-10-25T01:30:00Z"), night.endsAt().toInstant());
    assertEquals(OffsetDateTime.parse("2026-10-25T01:30+01:00"), night.startsAt());
    assertEquals(OffsetDateTime.parse("2026-10-25T01:30Z"), night.endsAt());
  }

  @Test
  void frabPretalxAndICalendar_giveTheSamePlan_inDublin() {
    EventPlan frab = read(ScheduleFormat.FRAB_XML, IN_DUBLIN.frabXml()).plan();

    assertEquals(frab, read(ScheduleFormat.PRETALX_JSON, IN_DUBLIN.pretalxJson()).plan());
    assertEquals(
        Plans.unlisted(frab),
        Plans.unlisted(
            read(ScheduleFormat.ICALENDAR, IN_DUBLIN.iCalendar(DUBLIN_VTIMEZONE)).plan()));
  }

  @Test
  void frabPretalxAndICalendar_giveTheSamePlan_inVancouver() {
    EventPlan frab = read(ScheduleFormat.FRAB_XML, IN_VANCOUVER.frabXml()).plan();

    assertEquals(VANCOUVER, frab.timeZone());
    assertEquals(253, frab.topics().size());
    assertEquals(
        OffsetDateTime.parse("2026-10-31T09:00-07:00"), frab.topics().getFirst().startsAt());
    TopicPlan sundayFirst = frab.rooms().getFirst().sessions().get(2).topics().getFirst();
    assertEquals(OffsetDateTime.parse("2026-11-01T09:00-08:00"), sundayFirst.startsAt());
    assertEquals(frab, read(ScheduleFormat.PRETALX_JSON, IN_VANCOUVER.pretalxJson()).plan());
    assertEquals(
        Plans.unlisted(frab),
        Plans.unlisted(
            read(ScheduleFormat.ICALENDAR, IN_VANCOUVER.iCalendar(VANCOUVER_VTIMEZONE)).plan()));
  }

  @Test
  void largePlan_roundTripsThroughEveryExport_andItsFrabXmlIsValid() {
    EventPlan plan = read(ScheduleFormat.FRAB_XML, IN_DUBLIN.frabXml()).plan();

    String xml = ScheduleExport.frabXml(plan, Plans.DAY);

    TestFiles.assertValidFrab(xml);
    assertEquals(plan, read(ScheduleFormat.FRAB_XML, xml).plan());
    assertEquals(
        Plans.unlisted(plan),
        Plans.unlisted(read(ScheduleFormat.ICALENDAR, ScheduleExport.iCalendar(plan)).plan()));
    assertEquals(plan, read(ScheduleFormat.PRETALX_JSON, ScheduleExport.gavelJson(plan)).plan());
    assertEquals(
        plan,
        read(
                ScheduleFormat.PRETALX_JSON,
                ScheduleExport.json(plan, "https://example.org/", Plans.DAY))
            .plan());
  }

  @Test
  void presentersAndAbstracts_surviveEveryFormat() {
    TopicPlan first =
        read(ScheduleFormat.ICALENDAR, IN_DUBLIN.iCalendar(DUBLIN_VTIMEZONE))
            .plan()
            .topics()
            .getFirst();

    assertEquals(List.of("Zoë Łukasiewicz 0", "李 0"), first.presenters());
    assertEquals("Topic 0: łódź, café & 中文 <notes>", first.title());
    assertEquals(
        "Abstract of \"Topic 0: łódź, café & 中文 <notes>\"; with a, comma", first.abstractText());
  }
}
