package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImportTest {

  private static final ImportOptions SUMMIT =
      new ImportOptions("ks2026", "Kernel Summit 2026", Plans.DUBLIN);

  private static EventPlan summit() {
    return ScheduleImport.read(ScheduleFormat.CSV, TestFiles.bytes("kernel-summit.csv"), SUMMIT)
        .plan();
  }

  private static ImportException refused(String csv, ImportOptions options) {
    return assertThrows(
        ImportException.class,
        () ->
            ScheduleImport.read(ScheduleFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), options));
  }

  @Test
  void namedSession_keepsFileOrder_andLaterTopicsFollowTheFirst() {
    SessionPlan summit = summit().rooms().getFirst().sessions().getFirst();

    assertEquals("Maintainers summit", summit.title());
    assertEquals(OffsetDateTime.parse("2026-09-18T09:00+01:00"), summit.startsAt());
    // 30 + 25 + 25 minutes, back to back
    assertEquals(OffsetDateTime.parse("2026-09-18T10:20+01:00"), summit.endsAt());
    assertEquals(
        List.of("ms-1", "ms-2", "ms-3"), summit.topics().stream().map(TopicPlan::key).toList());
    assertNull(summit.topics().get(1).startsAt());
  }

  @Test
  void cells_becomePresentersBudgetsAndAQuotedMultiLineAbstract() {
    TopicPlan rust = summit().topics().getFirst();

    assertEquals(List.of("Miguel Ojeda", "Greg Kroah-Hartman"), rust.presenters());
    assertEquals(Duration.ofMinutes(30), rust.budget());
    assertEquals("How review, \"unsafe\" and\nthe merge window change.", rust.abstractText());
    assertEquals(Duration.ofMinutes(25), summit().topics().get(1).budget());
  }

  @Test
  void rowsWithoutSession_areGroupedByTime_andThoseWithoutStartAreUnscheduled() {
    List<SessionPlan> room = summit().rooms().get(1).sessions();

    assertEquals(2, room.size());
    assertEquals("Memory", room.get(0).title());
    assertEquals(2, room.get(0).topics().size());
    assertNull(room.get(1).startsAt());
    assertEquals("Room Ł2", room.get(1).title());
    assertEquals("bof-1", room.get(1).topics().getFirst().key());
  }

  @Test
  void withoutAnEventSlug_theImportAsksForOne() {
    ImportException e = refused("room,title,duration\nA,B,5\n", ImportOptions.none());

    assertEquals(
        "the file does not name the event (no acronym or calendar name); pass ?event=<slug>",
        e.getMessage());
  }

  @Test
  void missingRequiredColumn_isNamed() {
    assertEquals(
        "the CSV has no duration column; it needs room, title and duration",
        refused("Room,Title,Start\nA,B,2026-09-18T09:00\n", SUMMIT).getMessage());
  }

  @Test
  void unknownColumns_areNamed() {
    assertEquals(
        "the CSV has columns Gavel does not know: Speaker, Track; it reads abstract, category,"
            + " duration, key, presenters, room, session, start, title",
        refused("room,title,duration,Track,Speaker\nA,B,5,x,y\n", SUMMIT).getMessage());
  }

  @Test
  void badLine_isNamedByItsNumber() {
    String csv = "room,title,duration\nHall,Fine,25\nHall,Broken,soon\n";

    assertEquals(
        "line 3 has a duration of \"soon\"; Gavel reads HH:MM or whole minutes",
        refused(csv, SUMMIT).getMessage());
  }

  @Test
  void negativeDuration_isRefused() {
    assertEquals(
        "duration must be positive: line 2 has -5",
        refused("room,title,duration\nHall,Backwards,-5\n", SUMMIT).getMessage());
  }

  @Test
  void unclosedQuote_isMalformed() {
    String csv = "room,title,duration\nHall,\"Never closed,25\n";

    String message = refused(csv, SUMMIT).getMessage();

    assertTrue(message.startsWith("the CSV is malformed from line 2"), message);
  }

  @Test
  void rowWithTooManyValues_isRefused() {
    assertEquals(
        "line 2 has 4 values where the header names 3",
        refused("room,title,duration\nHall,T,5,extra\n", SUMMIT).getMessage());
  }

  @Test
  void overlappingRows_areRefused() {
    String csv =
        "room,title,duration,start\nHall,A,30,2026-09-18T09:00\nHall,B,30,2026-09-18T09:15\n";

    assertEquals(
        "\"A\" (Fri 18 Sep 09:00–09:30) and \"B\" (Fri 18 Sep 09:15–09:45) overlap in room"
            + " \"Hall\"",
        refused(csv, SUMMIT).getMessage());
  }

  @Test
  void duplicateKeys_areRefused() {
    String csv = "room,title,duration,key\nHall,A,30,k\nHall,B,30,k\n";

    assertEquals(
        "two topics have the key \"k\": \"A\" and \"B\"", refused(csv, SUMMIT).getMessage());
  }

  @Test
  void namedSessionWhoseFirstTopicHasNoStart_whileALaterOneHas_isRefused() {
    String csv =
        "room,session,title,duration,start\nHall,BoF,A,30,\nHall,BoF,B,30,2026-09-18T09:00\n";

    assertEquals(
        "line 2 opens session \"BoF\" without a start, while later topics of it have one",
        refused(csv, SUMMIT).getMessage());
  }
}
