package dev.gavel.programme.exchange;

import static dev.gavel.programme.exchange.FrabXmlRefusalTest.event;
import static dev.gavel.programme.exchange.FrabXmlRefusalTest.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.programme.EventPlan.TopicPlan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** frab files with a flaw in an item: the rest imports, and each item says what Gavel did. */
class FrabXmlFlawsTest {

  private static final String GUID = "11111111-1111-1111-1111-111111111111";

  private static Imported read(String xml) {
    return ScheduleImport.read(
        ScheduleFormat.FRAB_XML, xml.getBytes(StandardCharsets.UTF_8), ImportOptions.none());
  }

  private static List<String> titles(Imported imported) {
    return imported.plan().topics().stream().map(TopicPlan::title).toList();
  }

  @Test
  void overlappingEvents_areBothTaken_forTheImportToReportAsAClash() {
    String events =
        event(GUID, "Tracing", "09:00", "00:30")
            + event("22222222-2222-2222-2222-222222222222", "Scheduling", "09:15", "00:30");

    Imported imported = read(schedule("", events));

    assertEquals(List.of("Tracing", "Scheduling"), titles(imported));
    assertEquals(List.of(), imported.skipped());
  }

  @Test
  void negativeDuration_skipsTheEvent_namingIt() {
    String events =
        event(GUID, "Tracing", "09:00", "-00:15")
            + event("22222222-2222-2222-2222-222222222222", "Scheduling", "10:00", "00:30");

    Imported imported = read(schedule("", events));

    assertEquals(List.of("Scheduling"), titles(imported));
    assertEquals(
        List.of(
            new Skipped(
                "Tracing, 2026-09-18 09:00",
                "duration must be positive: event \"Tracing\" (guid "
                    + GUID
                    + ", line 6) has -00:15")),
        imported.skipped());
  }

  @Test
  void eventInARoomTheConferenceDoesNotDeclare_isTakenIntoThatRoom_afterTheDeclaredOnes() {
    String rooms = "<rooms><room name=\"Hall A\"/></rooms>";

    Imported imported = read(schedule(rooms, event(GUID, "Tracing", "09:00", "00:30")));

    assertEquals(
        List.of("Hall A", "Main"), imported.plan().rooms().stream().map(r -> r.name()).toList());
    assertEquals(List.of("Tracing"), titles(imported));
  }

  @Test
  void twoEventsWithTheSameGuid_theSecondGetsItsOwnId() {
    String events =
        event(GUID, "Tracing", "09:00", "00:30") + event(GUID, "Scheduling", "10:00", "00:30");

    Imported imported = read(schedule("", events));

    assertEquals(
        List.of(GUID, GUID + "#2"), imported.plan().topics().stream().map(TopicPlan::key).toList());
    assertEquals(
        List.of(
            new Adjusted(
                "Scheduling, 2026-09-18 10:00",
                "its id " + GUID + " is an earlier item's too",
                "given the id " + GUID + "#2")),
        imported.adjusted());
  }

  @Test
  void eventWithoutTitle_isTakenAsUntitled() {
    Imported imported = read(schedule("", event(GUID, "", "09:00", "00:30")));

    assertEquals(List.of("Untitled"), titles(imported));
    assertEquals(
        List.of(
            new Adjusted(
                "an untitled item, 2026-09-18 09:00", "it has no title", "titled \"Untitled\"")),
        imported.adjusted());
  }

  @Test
  void unreadableStart_skipsTheEvent() {
    String events =
        event(GUID, "Tracing", "09:00", "00:30").replace("2026-09-18T09:00:00+01:00", "tomorrow");

    Imported imported = read(schedule("", events));

    assertEquals(List.of(), titles(imported));
    assertEquals(
        List.of(
            new Skipped(
                "Tracing (event \"Tracing\" (guid " + GUID + ", line 6))",
                "its start cannot be read: \"tomorrow\"")),
        imported.skipped());
  }

  @Test
  void eventWithoutDuration_runsUntilTheNextInItsRoom() {
    String events =
        event(GUID, "Tracing", "09:00", "")
            + event("22222222-2222-2222-2222-222222222222", "Scheduling", "09:20", "00:30");

    Imported imported = read(schedule("", events));

    assertEquals(Duration.ofMinutes(20), imported.plan().topics().getFirst().budget());
    assertEquals(
        List.of(
            new Adjusted(
                "Tracing, 2026-09-18 09:00",
                "it has no end after its start",
                "given 20 minutes, until the next item in its room")),
        imported.adjusted());
  }
}
