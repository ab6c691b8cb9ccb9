package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.programme.DemoProgramme;
import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonImportExportTest {

  static final String BASE = "https://gavel.example.org/events/lpc2026/";

  private static Imported read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Imported read(byte[] json) {
    return ScheduleImport.read(ScheduleFormat.PRETALX_JSON, json, ImportOptions.none());
  }

  private static ImportException refused(String json) {
    return assertThrows(ImportException.class, () -> read(json));
  }

  @Test
  void pretalxSchedule_becomesRoomsSessionsAndTopics() {
    Imported imported = read(TestFiles.bytes("pretalx-schedule.json"));
    EventPlan plan = imported.plan();

    assertEquals("osfc-2026", plan.slug());
    assertEquals(ZoneId.of("Europe/Berlin"), plan.timeZone());
    // EventSlug.of drops letters that do not decompose into a base letter and accents (Ø, ł)
    assertEquals(
        List.of("saal-orsted", "raum-lodz"), plan.rooms().stream().map(RoomPlan::slug).toList());
    assertEquals("Saal Ørsted", plan.rooms().getFirst().name());
    TopicPlan first = plan.topics().getFirst();
    assertEquals(List.of("Jürgen Müller", "Zoë Ørnberg"), first.presenters());
    assertEquals("c0ffee00-0000-4000-8000-000000000101", first.key());
    TopicPlan capsules = plan.topics().get(1);
    assertEquals(List.of("李 明"), capsules.presenters());
    assertEquals(
        "Capsules, ESRT and why updates fail on localised setups.", capsules.abstractText());
    // the lunch is skipped, and 10:15 to 11:00 is 45 minutes: two sessions in the hall
    assertEquals(2, plan.rooms().getFirst().sessions().size());
    assertEquals(
        List.of(new Skipped("Lunch, 2026-10-06 10:15", "a break, not a topic")),
        imported.skipped());
  }

  @Test
  void gavelExport_readsBackAsExactlyTheSamePlan() {
    EventPlan plan = Plans.everything();

    assertEquals(plan, read(ScheduleExport.gavelJson(plan)).plan());
  }

  @Test
  void pretalxImportExportImport_givesAnEqualPlan() {
    EventPlan imported = read(TestFiles.bytes("pretalx-schedule.json")).plan();

    assertEquals(imported, read(ScheduleExport.json(imported, BASE, Plans.DAY)).plan());
  }

  @Test
  void scheduleJson_readsAsTheSamePlanAsFrabXml() {
    EventPlan frab =
        ScheduleImport.read(
                ScheduleFormat.FRAB_XML,
                TestFiles.bytes("lpc-microconferences.xml"),
                ImportOptions.none())
            .plan();
    assertEquals(frab, read(ScheduleExport.json(frab, BASE, Plans.DAY)).plan());
  }

  @Test
  void scheduleJson_leavesUnscheduledSessionsOut() {
    EventPlan schedule = read(ScheduleExport.json(Plans.everything(), BASE, Plans.DAY)).plan();

    assertEquals(2, schedule.topics().size());
    assertEquals(1, schedule.rooms().getFirst().sessions().size());
    assertNull(schedule.topics().getFirst().slideLimit());
  }

  @Test
  void demoProgramme_roundTripsThroughGavelJson() {
    assertEquals(DemoProgramme.plan(), read(ScheduleExport.gavelJson(DemoProgramme.plan())).plan());
  }

  @Test
  void malformedJson_isRefusedWithItsLineAndColumn() {
    ImportException e = refused("{\n  \"schedule\": {\n    \"version\": \"1\",,\n}");

    assertTrue(
        e.getMessage().startsWith("the JSON is malformed at line 3, column "), e.getMessage());
  }

  @Test
  void jsonWithAWrongType_namesTheFieldsPath() {
    String json =
        """
        {"schedule": {"conference": {"acronym": "x", "title": ["not", "text"], "days": []}}}
        """;

    assertEquals(
        "schedule.conference.title must be text, not an array", refused(json).getMessage());
  }

  @Test
  void eventWithAWrongType_namesTheEventsPath() {
    String json =
        """
        {"schedule": {"conference": {"acronym": "x", "days": [{"date": "2026-10-06",
          "rooms": {"Main": [{"guid": "g", "title": "T", "duration": 25, "persons": "nobody"}]}}]}}}
        """;

    assertEquals(
        "schedule.conference.days[0].rooms[\"Main\"][0].persons must be an array, not text",
        refused(json).getMessage());
  }

  @Test
  void dayRoomNotInTheConferencesRooms_isTakenAfterTheDeclaredOnes() {
    String json =
        """
        {"schedule": {"conference": {"acronym": "x", "rooms": [{"name": "Hall"}],
          "days": [{"date": "2026-10-06", "rooms": {"Cellar": [{"guid": "g", "title": "T",
            "date": "2026-10-06T09:00:00+02:00", "duration": "00:30", "type": "Talk"}]}}]}}}
        """;

    assertEquals(
        List.of("Hall", "Cellar"), read(json).plan().rooms().stream().map(RoomPlan::name).toList());
  }

  @Test
  void scheduleV2ItemWithoutTypeOrPeople_titledAsAMeal_isSkippedAsABreak() {
    String json =
        """
        {"schedule": {"conference": {"acronym": "x", "time_zone_name": "Europe/Berlin"},
          "events": [
            {"guid": "a", "title": "Lunch", "start": "2024-12-27T12:30:00+01:00",
             "end": "2024-12-27T13:30:00+01:00", "room": {"name": "Saal 1"}},
            {"guid": "b", "title": "Lunch", "start": "2024-12-27T14:00:00+01:00",
             "end": "2024-12-27T14:30:00+01:00", "room": {"name": "Saal 1"},
             "participants": [{"name": "Ada", "guid": "p"}]}]}}
        """;

    Imported imported = read(json);

    assertEquals(
        List.of(new Skipped("Lunch, 2024-12-27 12:30", "a break, not a topic")),
        imported.skipped());
    assertEquals(List.of("b"), imported.plan().topics().stream().map(t -> t.key()).toList());
  }

  @Test
  void gavelMemberBreakingARule_isRefusedWithThePath() {
    String json =
        ScheduleExport.gavelJson(DemoProgramme.plan())
            .replace("\"budget\" : \"PT15M\"", "\"budget\" : \"PT0S\"");

    assertEquals(
        "gavel.event.rooms[0].sessions[0].topics[0]: topic \"A new VRF proposal\" needs a positive"
            + " time budget",
        refused(json).getMessage());
  }

  @Test
  void jsonThatIsNotAnObject_isRefused() {
    assertEquals("the JSON must be an object, not an array", refused("[1, 2]").getMessage());
  }

  @Test
  void deeplyNestedJson_isRefused() {
    assertTrue(
        refused("[".repeat(5000) + "]".repeat(5000))
            .getMessage()
            .startsWith("the JSON is malformed"));
  }

  @Test
  void numberWhereTextBelongs_isRefused() {
    String json =
        """
        {"schedule": {"conference": {"acronym": "x", "days": [{"date": "2026-10-06",
          "rooms": {"Main": [{"id": 7, "title": 42, "duration": "00:25"}]}}]}}}
        """;

    assertEquals(
        "schedule.conference.days[0].rooms[\"Main\"][0].title must be text, not a number",
        refused(json).getMessage());
  }

  @Test
  void gavelMemberWithTwoTopicsOfOneKey_isRefusedLikeAnyImport() {
    String json =
        ScheduleExport.gavelJson(Plans.everything())
            .replace("\"key\" : \"t-1\"", "\"key\" : \"same\"");
    String twice =
        json.replace(
            "\"title\" : \"What next for sched_ext?\"",
            "\"key\" : \"same\", \"title\" : \"What next for sched_ext?\"");

    assertEquals(
        "two topics have the key \"same\": \"Scheduler latency on big.LITTLE\" and \"What next"
            + " for sched_ext?\"",
        refused(twice).getMessage());
  }
}
