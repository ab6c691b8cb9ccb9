package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrabXmlImportTest {

  private static Imported lpc() {
    return ScheduleImport.read(
        ScheduleFormat.FRAB_XML, TestFiles.bytes("lpc-microconferences.xml"), ImportOptions.none());
  }

  @Test
  void conference_givesTheEventsSlugTitleZoneAndSlideLimit() {
    EventPlan plan = lpc().plan();

    assertEquals("lpc2025", plan.slug());
    assertEquals("Linux Plumbers Conference 2025", plan.title());
    assertEquals(ZoneId.of("Asia/Tokyo"), plan.timeZone());
    assertEquals(3, plan.slideLimit());
  }

  @Test
  void rooms_keepTheirOrderAndGetSlugsFromTheirNames() {
    List<RoomPlan> rooms = lpc().plan().rooms();

    assertEquals(List.of("hall-b5-1", "room-101"), rooms.stream().map(RoomPlan::slug).toList());
    assertEquals("Hall B5 (1)", rooms.getFirst().name());
  }

  @Test
  void topicsCloserThanHalfAnHour_shareASession_andABreakStartsANewOne() {
    List<SessionPlan> hall = lpc().plan().rooms().getFirst().sessions();

    assertEquals(3, hall.size());
    assertEquals(2, hall.get(0).topics().size());
    assertEquals("Networking & BPF", hall.get(0).title());
    assertEquals(at("2025-12-11T10:00+09:00"), hall.get(0).startsAt());
    assertEquals(at("2025-12-11T10:55+09:00"), hall.get(0).endsAt());
    assertEquals("hall-b5-1@2025-12-11T01:00:00Z", hall.get(0).key());
    assertEquals("Rust", hall.get(2).title());
  }

  @Test
  void event_becomesATopicWithPresentersTrackBudgetAbstractAndGuid() {
    TopicPlan first = lpc().plan().rooms().getFirst().sessions().getFirst().topics().getFirst();

    assertEquals("5b1f3f8e-6c1a-4d8e-9a43-0d2f1c000001", first.key());
    assertEquals("BPF arena and the verifier", first.title());
    assertEquals(List.of("Alexei Starovoitov", "Kumar Kartikeya Dwivedi"), first.presenters());
    assertEquals("Networking & BPF", first.category());
    assertEquals(Duration.ofMinutes(25), first.budget());
    assertEquals(
        "What the verifier should know about arena pointers & where it still guesses.",
        first.abstractText());
    assertNull(first.slideLimit());
    assertNull(first.presentationBudget());
  }

  @Test
  void eventWithoutAbstract_takesItsDescription() {
    TopicPlan second = lpc().plan().rooms().getFirst().sessions().getFirst().topics().get(1);

    assertEquals("Where netkit needs more queues, and who would review it.", second.abstractText());
  }

  @Test
  void eventWithoutDate_startsAtItsDaysDateAndStartInTheConferenceZone() {
    TopicPlan tcpAo = lpc().plan().rooms().getFirst().sessions().get(1).topics().getFirst();

    assertEquals(at("2025-12-11T11:30+09:00"), tcpAo.startsAt());
  }

  @Test
  void breaks_areSkippedAndReported() {
    assertEquals(
        List.of(new Skipped("Coffee, 2025-12-11 11:00", "a break, not a topic")), lpc().skipped());
  }

  @Test
  void options_overrideTheSlugTitleAndZone() {
    var options = new ImportOptions("plumbers", "Plumbers", ZoneId.of("Europe/Dublin"));

    EventPlan plan =
        ScheduleImport.read(
                ScheduleFormat.FRAB_XML, TestFiles.bytes("lpc-microconferences.xml"), options)
            .plan();

    assertEquals("plumbers", plan.slug());
    assertEquals("Plumbers", plan.title());
    assertEquals(ZoneId.of("Europe/Dublin"), plan.timeZone());
    // a <date> with an offset is the same instant whatever the zone; it is shown in the new one
    assertEquals(
        at("2025-12-11T01:00Z").toInstant(),
        plan.rooms().getFirst().sessions().getFirst().startsAt().toInstant());
  }

  private static OffsetDateTime at(String text) {
    return OffsetDateTime.parse(text);
  }
}
