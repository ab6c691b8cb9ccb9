package dev.gavel.room;

import static dev.gavel.room.RoomScript.startNext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Correcting and striking lines of notes, by one note-taker or several at once. */
class NoteRulesTest {

  private final RoomScript script = RoomScript.withThreeTopics();
  private long line;

  @BeforeEach
  void aLineIsWritten() {
    script.does(startNext()).does(new RoomCommand.Note("VRF devcie as L3 master"));
    line = script.log.size();
  }

  private static String refusal(Decision decision) {
    return assertInstanceOf(Decision.Refused.class, decision).reason();
  }

  private Notebook.Note note() {
    return script.notes.find(line).orElseThrow();
  }

  @Test
  void aCorrection_replacesTheTextAndKeepsWhenItWasWritten() {
    script.after(Duration.ofMinutes(2));

    script.does(new RoomCommand.CorrectNote(line, Optional.of(line), "VRF device as L3 master"));

    assertEquals("VRF device as L3 master", note().text());
    assertEquals(RoomScript.NINE_AM, note().at());
    assertEquals(script.now, note().editedAt());
    assertEquals(
        new RoomEvent.NoteCorrected(script.now, line, "VRF device as L3 master"),
        script.log.getLast());
  }

  @Test
  void twoNoteTakersCorrectingTheSameLine_doNotOverwriteEachOther() {
    long seen = note().version();
    script.does(new RoomCommand.CorrectNote(line, Optional.of(seen), "VRF device as an L3 master"));

    Decision second =
        script.run(new RoomCommand.CorrectNote(line, Optional.of(seen), "VRF as L3 master device"));

    assertEquals(
        "somebody else changed that line meanwhile; it now reads: VRF device as an L3 master",
        refusal(second));
    assertEquals("VRF device as an L3 master", note().text());
  }

  @Test
  void aStruckLine_isKeptButMarked() {
    script.does(new RoomCommand.StrikeNote(line));

    assertTrue(note().struck());
    assertEquals("VRF devcie as L3 master", note().text());
    assertEquals(
        "that line is already struck", refusal(script.run(new RoomCommand.StrikeNote(line))));
    assertEquals(
        "that line was struck: write a new one instead",
        refusal(script.run(new RoomCommand.CorrectNote(line, Optional.empty(), "again"))));
  }

  @Test
  void onlyLinesOfNotes_canBeCorrected() {
    assertEquals(
        "there is no line of notes 1",
        refusal(script.run(new RoomCommand.CorrectNote(1, Optional.empty(), "not a note"))));
    assertEquals(
        "there is no line of notes 99", refusal(script.run(new RoomCommand.StrikeNote(99))));
  }

  @Test
  void aCorrection_followsTheRulesOfALine() {
    assertEquals(
        "a note needs some text",
        refusal(script.run(new RoomCommand.CorrectNote(line, Optional.empty(), "  "))));
    assertEquals(
        "that line already reads so",
        refusal(
            script.run(
                new RoomCommand.CorrectNote(line, Optional.empty(), "VRF devcie as L3 master"))));
  }
}
