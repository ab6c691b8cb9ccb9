package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.programme.DemoProgramme;
import dev.gavel.programme.EventPlan;
import dev.gavel.programme.Guids;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrabXmlExportTest {

  private static EventPlan lpc() {
    return ScheduleImport.read(
            ScheduleFormat.FRAB_XML,
            TestFiles.bytes("lpc-microconferences.xml"),
            ImportOptions.none())
        .plan();
  }

  private static EventPlan reimport(String xml) {
    return ScheduleImport.read(
            ScheduleFormat.FRAB_XML, xml.getBytes(StandardCharsets.UTF_8), ImportOptions.none())
        .plan();
  }

  @Test
  void importExportImport_givesAnEqualPlan() {
    EventPlan imported = lpc();

    assertEquals(imported, reimport(ScheduleExport.frabXml(imported, Plans.DAY)));
  }

  @Test
  void export_isValidAgainstThePublishedSchema() {
    TestFiles.assertValidFrab(ScheduleExport.frabXml(lpc(), Plans.DAY));
  }

  @Test
  void planMadeInGavel_exportsValidXmlWithDerivedGuidsAndBackToBackTimes() {
    EventPlan demo = DemoProgramme.plan();

    String xml = ScheduleExport.frabXml(demo, Plans.DAY);

    TestFiles.assertValidFrab(xml);
    EventPlan back = reimport(xml);
    assertEquals(14, back.topics().size());
    // the demo's topics have no starts: they follow each other from 09:00, 15 minutes each
    assertEquals(
        demo.rooms().getFirst().sessions().getFirst().startsAt().plusMinutes(15),
        back.topics().get(1).startsAt());
  }

  @Test
  void export_isTheSameEveryTime() {
    EventPlan demo = DemoProgramme.plan();

    assertEquals(ScheduleExport.frabXml(demo, Plans.DAY), ScheduleExport.frabXml(demo, Plans.DAY));
  }

  @Test
  void planWithoutScheduledTopics_stillExportsValidXmlListingItsRooms() {
    EventPlan demo = DemoProgramme.plan();
    var room = demo.rooms().getFirst();
    var unscheduled =
        new EventPlan(
            demo.slug(),
            demo.title(),
            3,
            demo.timeZone(),
            List.of(
                new EventPlan.RoomPlan(
                    room.slug(),
                    room.name(),
                    List.of(
                        EventPlan.SessionPlan.unscheduled(
                            "Later", null, room.sessions().getFirst().topics())))),
            List.of());

    String xml = ScheduleExport.frabXml(unscheduled, Plans.DAY);

    TestFiles.assertValidFrab(xml);
    assertTrue(xml.contains("<room name=\"Networking microconference\""));
  }

  @Test
  void planWithEverything_exportsValidXml_leavingTheUnscheduledSessionOut() {
    String xml = ScheduleExport.frabXml(Plans.everything(), Plans.DAY);

    TestFiles.assertValidFrab(xml);
    EventPlan back = reimport(xml);
    assertEquals(2, back.topics().size());
    // the topic without a key gets one from its room and start, written as a derived UUID
    assertEquals(Guids.of("hall-a@2026-09-18T08:20:00Z"), back.topics().get(1).key());
    // frab has no room slugs: they are made again from the names, and the empty room is kept
    assertEquals(
        List.of("hall-a-orsted", "side-room"), back.rooms().stream().map(r -> r.slug()).toList());
  }
}
