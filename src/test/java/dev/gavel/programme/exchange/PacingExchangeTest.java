package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gavel.programme.DemoProgramme;
import dev.gavel.programme.EventPlan;
import dev.gavel.room.CueTimes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An event's pacing and its topics' own thresholds travel through Gavel's own JSON. */
class PacingExchangeTest {

  private static EventPlan paced() {
    EventPlan demo = DemoProgramme.plan();
    EventPlan lightning =
        demo.mapTopics(
            topic ->
                topic.title().equals("A new VRF proposal")
                    ? topic.paced(new CueTimes(Duration.ofMinutes(1), null))
                    : topic);
    return new EventPlan(
        lightning.slug(),
        lightning.title(),
        lightning.slideLimit(),
        lightning.timeZone(),
        lightning.rooms(),
        lightning.noOverlap(),
        Duration.ofSeconds(90),
        new CueTimes(Duration.ofMinutes(3), Duration.ofSeconds(20)));
  }

  private static EventPlan read(String json) {
    return ScheduleImport.read(
            ScheduleFormat.PRETALX_JSON,
            json.getBytes(StandardCharsets.UTF_8),
            ImportOptions.none())
        .plan();
  }

  @Test
  void anEventsTurnAndThresholds_andATopicsOwnWarning_readBackAsTheSamePlan() {
    EventPlan plan = paced();

    EventPlan back = read(ScheduleExport.gavelJson(plan));

    assertEquals(plan, back);
    assertEquals(Duration.ofSeconds(90), back.speakerTurn());
    assertEquals(new CueTimes(Duration.ofMinutes(1), null), back.topics().getFirst().cues());
  }

  @Test
  void aTopicsWarningAsLongAsTheTopic_isRefusedWithThePath() {
    String json =
        ScheduleExport.gavelJson(paced())
            .replace("\"warning\" : \"PT1M\"", "\"warning\" : \"PT15M\"");

    ImportException refused = assertThrows(ImportException.class, () -> read(json));

    assertEquals(
        "gavel.event.rooms[0].sessions[0].topics[0]: topic \"A new VRF proposal\": its warning and"
            + " danger must be shorter than the topic",
        refused.getMessage());
  }

  @Test
  void anEventsWarningAfterItsDanger_isRefusedWithThePath() {
    String json =
        ScheduleExport.gavelJson(paced())
            .replace("\"danger\" : \"PT20S\"", "\"danger\" : \"PT5M\"");

    ImportException refused = assertThrows(ImportException.class, () -> read(json));

    assertEquals(
        "gavel.event: the warning cannot come after the danger: it is at least as long",
        refused.getMessage());
  }
}
