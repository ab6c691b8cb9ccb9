package dev.gavel.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.access.Role;
import dev.gavel.programme.RoomInfo;
import dev.gavel.room.Agenda;
import dev.gavel.room.Answer;
import dev.gavel.room.RoomScript;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.TimerThresholds;
import dev.gavel.testing.MemoryLog;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one gate every transport's commands pass, over a room whose log is in memory. */
class CommandGateTest {

  private static final RoomSlug SLUG = new RoomSlug("networking");
  private final MemoryLog log = new MemoryLog();
  private final OpenRoom room = open(log);

  private static OpenRoom open(MemoryLog log) {
    OpenRooms rooms =
        new OpenRooms(
            log,
            Clock.fixed(RoomScript.NINE_AM, ZoneOffset.UTC),
            TimerThresholds.standard(),
            () -> "http://gavel.test");
    Agenda agenda = RoomScript.withThreeTopics().agenda;
    rooms.update(
        List.of(new RoomInfo(SLUG, "Room A", "lpc", "LPC", "mod-secret", "notes-secret", true)),
        Map.of(SLUG, agenda));
    return rooms.find(SLUG).orElseThrow();
  }

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void aModeratorsCommand_isRunAndAcknowledged() throws Exception {
    var outcome = CommandGate.pass(room, Role.MODERATOR, "c1", json("{\"type\":\"startTopic\"}"));

    var done = assertInstanceOf(CommandGate.Outcome.Done.class, outcome);
    assertEquals(new Answer.Ack(1), done.answer());
    assertEquals(1, log.size());
  }

  @Test
  void aNoteTakersSlide_isNotTheirs_andChangesNothing() throws Exception {
    var outcome = CommandGate.pass(room, Role.NOTE_TAKER, "c1", json("{\"type\":\"nextSlide\"}"));

    var notYours = assertInstanceOf(CommandGate.Outcome.NotYours.class, outcome);
    assertEquals(Role.NOTE_TAKER.refusal(), notYours.reason());
    assertEquals(0, log.size());
  }

  @Test
  void aBlankOrOverlongId_isMalformed_beforeTheCommandIsRead() throws Exception {
    JsonNode command = json("{\"type\":\"startTopic\"}");

    for (String id : new String[] {"", " ", "x".repeat(CommandGate.MAX_COMMAND_ID + 1), null}) {
      var outcome = CommandGate.pass(room, Role.MODERATOR, id, command);
      assertEquals(
          new CommandGate.Outcome.Malformed("a command id is 1 to 100 characters"), outcome);
    }
    assertEquals(0, log.size());
  }

  @Test
  void anUnknownType_isMalformed() throws Exception {
    var outcome = CommandGate.pass(room, Role.MODERATOR, "c1", json("{\"type\":\"dance\"}"));

    assertEquals(new CommandGate.Outcome.Malformed("unknown command type \"dance\""), outcome);
  }

  @Test
  void aFullDisk_leavesTheCommandUnsaved_andTheRoomAsItWas() throws Exception {
    log.disk = MemoryLog.Disk.FULL;

    var outcome = CommandGate.pass(room, Role.MODERATOR, "c1", json("{\"type\":\"startTopic\"}"));

    assertEquals(
        new CommandGate.Outcome.Unsaved(
            "the server could not save this (is its disk full?); nothing changed, try again"),
        outcome);
    assertEquals(0, room.service().snapshot().seq());
    assertEquals("idle", room.view(room.service().snapshot()).phase());
  }
}
