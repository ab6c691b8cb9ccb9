package dev.gavel.notes;

import static dev.gavel.room.RoomScript.startNext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gavel.room.AttendeeCommand;
import dev.gavel.room.FloorCommand;
import dev.gavel.room.QueueKind;
import dev.gavel.room.RoomCommand;
import dev.gavel.room.RoomScript;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The speakers of a topic as its history, notes and report carry them; the cue stays out. */
class SpeakersHistoryTest {

  private final RoomScript script = RoomScript.withThreeTopics();

  private static AttendeeCommand hand(String device, String name, String point, QueueKind kind) {
    return new AttendeeCommand.RaiseHand(
        device, name, Optional.of(point), kind, Optional.of("row 2"));
  }

  private SessionHistory history() {
    return SessionHistory.of(script.agenda.sessions().getFirst(), script.logged(), script.now);
  }

  private void aDiscussionWithThreeHands() {
    script.does(startNext()).does(new RoomCommand.StartDiscussion());
    script.does(hand("a", "Ada", "Own table?", QueueKind.CLARIFY));
    script.does(hand("b", "Brian", "MPLS", QueueKind.POINT));
    script.does(hand("c", "Cleo", "", QueueKind.POINT));
    script.does(new FloorCommand.Cue("wrap up secretly"));
    script.does(new FloorCommand.CallSpeaker(Optional.empty())).after(Duration.ofSeconds(70));
    script.does(new FloorCommand.CallSpeaker(Optional.empty())).after(Duration.ofSeconds(45));
    script.does(new RoomCommand.EndTopic());
  }

  @Test
  void eachTurn_isKeptInOrderWithItsLengthAndWhoWasLeft() {
    aDiscussionWithThreeHands();

    SessionHistory.TopicRun run = history().runs().getFirst();
    List<String> names = run.speakers().stream().map(SessionHistory.Turn::name).toList();
    assertEquals(List.of("Ada", "Brian"), names);
    assertEquals(Duration.ofSeconds(70), run.speakers().get(0).length(script.now));
    assertEquals(Duration.ofSeconds(45), run.speakers().get(1).length(script.now));
    assertEquals(1, run.leftInQueue());
  }

  @Test
  void theNotes_listTheSpeakersWithTheirPointsAndNeverTheCue() {
    aDiscussionWithThreeHands();
    SessionDocument doc = new SessionDocument("LPC", "Networking", history(), ZoneOffset.UTC);

    assertEquals(
        "Ada (1:10, clarifying): Own table?; Brian (0:45): MPLS",
        doc.speakers(history().runs().getFirst()));
    String markdown = NotesExports.markdown(doc);
    assertFalse(markdown.contains("secretly"), markdown);
    assertFalse(
        history().log().stream().anyMatch(line -> line.text().contains("secretly")),
        "the public log leaves the cue out");
  }
}
