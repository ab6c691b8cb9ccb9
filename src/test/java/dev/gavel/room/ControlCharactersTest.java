package dev.gavel.room;

import static dev.gavel.room.RoomScript.cutOff;
import static dev.gavel.room.RoomScript.startNext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Control characters and invisible direction overrides are refused where text comes in, with a
 * message that names the character; what people write in any language passes.
 */
class ControlCharactersTest {

  @Test
  void oneLineText_refusesControlCharactersLineBreaksTabsAndOverrides() {
    assertEquals(
        Optional.of("contains an invisible control character (U+0007)"),
        ControlCharacters.find("bell\u0007", false));
    assertEquals(
        Optional.of("contains an invisible control character (U+001B)"),
        ControlCharacters.find("\u001B[31mred", false));
    assertEquals(
        Optional.of("contains an invisible control character (U+0085)"),
        ControlCharacters.find("next\u0085line", false));
    assertEquals(
        Optional.of("contains a line break; it is one line"),
        ControlCharacters.find("one\ntwo", false));
    assertEquals(Optional.of("contains a tab; use spaces"), ControlCharacters.find("a\tb", false));
    assertEquals(
        Optional.of("contains an invisible direction override (U+202E)"),
        ControlCharacters.find("invoice\u202Efdp.exe", false));
    assertEquals(
        Optional.of("contains an invisible direction override (U+2066)"),
        ControlCharacters.find("\u2066isolated", false));
    assertEquals(
        Optional.of("contains a broken character (U+D800)"),
        ControlCharacters.find("half\uD800", false));
    assertEquals(
        Optional.of("contains a broken character (U+DC00)"),
        ControlCharacters.find("\uDC00half", false));
    assertEquals(
        Optional.of("contains a non-character (U+FFFE)"),
        ControlCharacters.find("odd\uFFFE", false));
  }

  @Test
  void multiLineText_allowsLineBreaksTabsAndDirectionControls() {
    assertEquals(Optional.empty(), ControlCharacters.find("one\ntwo\r\n\tthree", true));
    assertEquals(Optional.empty(), ControlCharacters.find("שלום \u202Bworld\u202C", true));
    assertEquals(
        Optional.of("contains an invisible control character (U+0000)"),
        ControlCharacters.find("nul\u0000", true));
  }

  @Test
  void whatPeopleWrite_passes() {
    for (String text :
        List.of(
            "Shrijeet Mukherjee",
            "Jesper Dangaard Brouer",
            "Ольга Кузнецова",
            "王小明",
            "שלום",
            "Zoë & \"Łukasz\" <o'Brien>",
            "emoji \uD83D\uDE00",
            "\u200Bzero width space")) {
      assertEquals(Optional.empty(), ControlCharacters.find(text, false), text);
    }
  }

  @Test
  void cutOffWithAControlCharacterInItsReason_isRefusedAndChangesNothing() {
    RoomScript script = RoomScript.withThreeTopics().does(startNext());
    Room before = script.room;

    Decision decision = script.run(cutOff("pitch\u0007\u001B[2J"));

    assertEquals(
        new Decision.Refused(
            "a cut-off reason contains an invisible control character (U+0007)", List.of()),
        decision);
    assertEquals(before, script.room);
  }

  @Test
  void cutOffWithADirectionOverrideInItsReason_isRefused() {
    RoomScript script = RoomScript.withThreeTopics().does(startNext());

    Decision decision = script.run(cutOff("sales \u202Ehctip"));

    assertEquals(
        "a cut-off reason contains an invisible direction override (U+202E)",
        ((Decision.Refused) decision).reason());
    assertFalse(script.room.isCutOff());
  }

  @Test
  void aNoteWithAnEscapeSequence_isRefusedButLineBreaksAreFine() {
    RoomScript script = RoomScript.withThreeTopics().does(startNext());

    Decision escaped = script.run(new RoomCommand.Note("\u001B]8;;http://evil\u0007click"));
    Decision lines = script.run(new RoomCommand.Note("first\n\tsecond"));

    assertEquals(
        "a note contains an invisible control character (U+001B)",
        ((Decision.Refused) escaped).reason());
    assertEquals(Decision.Accepted.class, lines.getClass());
  }
}
