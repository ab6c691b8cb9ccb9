package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports that other tools refused before, made from plans built to show each flaw. */
class ExportFlawsTest {

  private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-08-18T12:00Z");

  private static EventPlan plan(String slug, ZoneId zone, String category) {
    TopicPlan topic =
        new TopicPlan(
            "ethics-1",
            "Ethics in hacking: a long title that needs folding, with ünïcödé all the way through",
            List.of("Ada Lovelace"),
            category,
            Duration.ofMinutes(30),
            null,
            null,
            "An abstract; with a semicolon, a comma and a\nline break.",
            NOON,
            List.of());
    SessionPlan session =
        new SessionPlan(
            "hall@noon", "Hall", NOON, NOON.plusMinutes(30), null, List.of(), List.of(topic));
    return new EventPlan(
        slug, "Camp", 3, zone, List.of(new RoomPlan("hall", "Hall", List.of(session))), List.of());
  }

  private static Imported read(ScheduleFormat format, String text) {
    return ScheduleImport.read(format, text.getBytes(StandardCharsets.UTF_8), ImportOptions.none());
  }

  @Test
  void utc_isWrittenAsUtc_neverZ_inEveryExport() {
    EventPlan plan =
        read(
                ScheduleFormat.ICALENDAR,
                ScheduleExport.iCalendar(plan("camp", ZoneId.of("UTC"), null)))
            .plan();

    assertEquals("UTC", plan.timeZone().getId());
    assertTrue(
        ScheduleExport.frabXml(plan, Plans.DAY).contains("<time_zone_name>UTC</time_zone_name>"));
    assertTrue(
        ScheduleExport.json(plan, "https://x.org/", Plans.DAY)
            .contains("\"time_zone_name\" : \"UTC\""));
    assertTrue(ScheduleExport.iCalendar(plan).contains("X-WR-TIMEZONE:UTC\r\n"));
    assertTrue(ScheduleExport.gavelJson(plan).contains("\"timeZone\" : \"UTC\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rc3", "abc", "rc3-2021", "a", "x-1-y"})
  void anySlug_givesExportsThatValidate(String slug) {
    EventPlan plan = plan(slug, ZoneId.of("Europe/Berlin"), "Ethics, Society & Politics");

    TestFiles.assertValidFrab(ScheduleExport.frabXml(plan, Plans.DAY));
    TestFiles.assertValidScheduleJson(
        ScheduleExport.json(plan, "https://x.org/events/" + slug, Plans.DAY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rc3", "abc", "rc3-2021", "a", "x-1-y", "36c3", "fosdem-2018"})
  void aShortOrUnusualSlug_isWrittenAsTheSchemasAcronym_andReadBackAsItself(String slug) {
    EventPlan plan = plan(slug, ZoneId.of("Europe/Berlin"), null);

    String xml = ScheduleExport.frabXml(plan, Plans.DAY);
    String json = ScheduleExport.json(plan, "https://x.org/", Plans.DAY);

    assertTrue(xml.contains("<acronym>" + ScheduleDays.acronym(slug) + "</acronym>"), xml);
    assertTrue(ScheduleDays.acronym(slug).matches("[a-z0-9_-][a-z0-9_]{3,}"), slug);
    assertEquals(slug, read(ScheduleFormat.FRAB_XML, xml).plan().slug());
    assertEquals(slug, read(ScheduleFormat.PRETALX_JSON, json).plan().slug());
    assertEquals(
        plan.topics().stream().map(EventPlan.TopicPlan::title).toList(),
        read(ScheduleFormat.FRAB_XML, xml).plan().topics().stream()
            .map(EventPlan.TopicPlan::title)
            .toList());
  }

  @Test
  void anEventWithNothingScheduled_exportsOneEmptyDay_theDayOfTheExport_andValidates() {
    EventPlan plan =
        new EventPlan(
            "drafts",
            "Drafts",
            3,
            ZoneId.of("Europe/Berlin"),
            List.of(
                new EventPlan.RoomPlan(
                    "hall",
                    "Hall",
                    List.of(
                        EventPlan.SessionPlan.unscheduled(
                            "Ideas",
                            null,
                            List.of(
                                EventPlan.TopicPlan.proposed(
                                    "An idea", List.of("Ada"), null, Duration.ofMinutes(10))))))),
            List.of());

    String xml = ScheduleExport.frabXml(plan, Plans.DAY);
    String json = ScheduleExport.json(plan, "https://x.org/", Plans.DAY);

    TestFiles.assertValidFrab(xml);
    TestFiles.assertValidScheduleJson(json);
    assertTrue(
        xml.contains(
                "<day index=\"1\" date=\"2026-09-01\" start=\"2026-09-01T00:00:00+02:00\""
                    + " end=\"2026-09-01T00:00:00+02:00\"><room name=\"Hall\"/></day>")
            || xml.contains("date=\"2026-09-01\""),
        xml);
    assertTrue(json.contains("\"start\" : \"2026-09-01\""), json);
    assertTrue(json.contains("\"end\" : \"2026-09-01\""), json);
    assertEquals(List.of(), read(ScheduleFormat.FRAB_XML, xml).plan().topics());
  }

  @Test
  void categoryWithCommas_survivesICalendar() {
    EventPlan plan = plan("camp", ZoneId.of("Europe/Berlin"), "Ethics, Society & Politics");

    String ics = ScheduleExport.iCalendar(plan);

    assertTrue(ics.contains("CATEGORIES:Ethics\\, Society & Politics\r\n"), ics);
    assertEquals(
        "Ethics, Society & Politics",
        read(ScheduleFormat.ICALENDAR, ics).plan().topics().getFirst().category());
  }

  @Test
  void iCalendarLines_areFoldedAt75Octets_neverInsideACharacter_andUnfoldBackWhole() {
    EventPlan plan = plan("camp", ZoneId.of("Europe/Berlin"), null);

    String ics = ScheduleExport.iCalendar(plan);

    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
      assertFalse(line.contains("\uFFFD"), line);
    }
    assertTrue(ics.lines().anyMatch(line -> line.startsWith(" ")), "something was folded");
    TopicPlan back = read(ScheduleFormat.ICALENDAR, ics).plan().topics().getFirst();
    assertEquals(plan.topics().getFirst().title(), back.title());
    assertEquals(plan.topics().getFirst().abstractText(), back.abstractText());
  }

  @Test
  void everyTopicExportsItsOwnType_andAnUnknownOneEmpty() {
    String xml = ScheduleExport.frabXml(plan("camp", ZoneId.of("UTC"), null), Plans.DAY);

    assertTrue(xml.contains("<type/>"), xml);
    assertFalse(xml.contains("<type>talk</type>"), xml);
  }
}
