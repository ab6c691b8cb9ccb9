package dev.gavel.notes;

import static dev.gavel.room.RoomScript.cutOff;
import static dev.gavel.room.RoomScript.nextSlide;
import static dev.gavel.room.RoomScript.startNext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.room.Intervention;
import dev.gavel.room.RoomCommand;
import dev.gavel.room.RoomScript;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session scripted minute by minute, and the numbers its report must give. Three topics of 15
 * minutes, 5 of them for the presentation.
 */
class SessionHistoryTest {

  private final RoomScript script = RoomScript.withThreeTopics();
  private SessionHistory history;

  @BeforeEach
  void runTheSession() {
    // 09:00 VRF: three slides, a refused fourth, discussion at 09:04, ends 09:17 (2 min over).
    script.does(startNext()).after(Duration.ofMinutes(1)).does(nextSlide()).does(nextSlide());
    script.run(nextSlide());
    script.after(Duration.ofMinutes(3)).does(new RoomCommand.StartDiscussion());
    script.does(new RoomCommand.Note("Use an L3 master device"));
    script.after(Duration.ofMinutes(13)).does(new RoomCommand.EndTopic());
    // 09:17 IPv6: a pitch, cut off at 09:19 and not undone, discussion until 09:27.
    script.does(startNext()).after(Duration.ofMinutes(2)).does(cutOff("product pitch"));
    script.does(new RoomCommand.StartDiscussion());
    script.does(new RoomCommand.Intervene(Intervention.TIME_EXTENSION, 2));
    script.after(Duration.ofMinutes(8)).does(new RoomCommand.EndTopic());
    // 09:27 eBPF: a cut-off undone at once; still running at 09:30.
    script
        .does(startNext())
        .after(Duration.ofMinutes(1))
        .does(cutOff(null))
        .does(new RoomCommand.UndoCutOff());
    script.after(Duration.ofMinutes(2));

    history = SessionHistory.of(script.agenda.sessions().getFirst(), script.logged(), script.now);
  }

  @Test
  void eachTopic_hasItsPlannedAndActualTime() {
    List<SessionHistory.TopicRun> runs = history.runs();

    assertEquals(3, runs.size());
    assertEquals(Duration.ofMinutes(17), runs.get(0).total(history.asOf()));
    assertEquals(Duration.ofMinutes(2), runs.get(0).overrun(history.asOf()));
    assertEquals(Duration.ofMinutes(4), runs.get(0).presentation(history.asOf()));
    assertEquals(Duration.ofMinutes(13), runs.get(0).discussion(history.asOf()));
    assertEquals(Duration.ofMinutes(10), runs.get(1).total(history.asOf()));
    assertEquals(Duration.ZERO, runs.get(1).overrun(history.asOf()));
    assertTrue(runs.get(2).isRunning());
    assertEquals(Duration.ofMinutes(3), runs.get(2).total(history.asOf()));
  }

  @Test
  void slidesUsedAndRefused_areCounted() {
    assertEquals(3, history.runs().get(0).slidesShown());
    assertEquals(1, history.runs().get(0).slideLimitHits());
    assertEquals(1, history.runs().get(1).slidesShown());
  }

  @Test
  void cutOffs_thatStoodAreTold_andUndoneOnesMarked() {
    assertTrue(history.runs().get(1).wasCutOff());
    assertEquals("product pitch", history.runs().get(1).cutOffs().getFirst().reason());
    assertFalse(history.runs().get(2).wasCutOff());
    assertTrue(history.runs().get(2).cutOffs().getFirst().undone());
  }

  @Test
  void theShareOfDiscussion_isTheDiscussionOverTheTopicsTime() {
    assertEquals(Duration.ofMinutes(45), history.plannedTotal());
    assertEquals(Duration.ofMinutes(30), history.actualTotal());
    assertEquals(Duration.ofMinutes(21), history.discussionTotal());
    assertEquals(0.7, history.discussionShare(), 1e-9);
    assertEquals(Duration.ofMinutes(2), history.runs().get(1).timeGiven());
  }

  @Test
  void theLog_saysWhatHappenedInOrder() {
    List<String> lines = history.log().stream().map(SessionHistory.LogLine::text).toList();

    assertEquals("Topic started: A new VRF proposal", lines.get(0));
    assertEquals("Slide 4 refused: the limit is 3", lines.get(3));
    assertTrue(lines.contains("Note: Use an L3 master device"));
    assertTrue(lines.contains("Pitch cut off: product pitch"));
    assertTrue(lines.contains("Intervention: time extension of 2 min"));
    assertTrue(lines.contains("Cut-off undone"));
  }

  @Test
  void theReportPicture_showsEachTopicAndTheCutOff() {
    String svg =
        ReportSvg.render(new SessionDocument("LPC", "Networking", history, ZoneOffset.UTC));

    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assertTrue(svg.contains(">A new VRF proposal</text>"));
    assertTrue(svg.contains("<title>2 min over</title>"));
    assertTrue(svg.contains("<title>cut off product pitch</title>"));
  }
}
