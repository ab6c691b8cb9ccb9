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
  void unclosedQuote_isMalformed() {
    String csv = "room,title,duration\nHall,\"Never closed,25\n";

    String message = refused(csv, SUMMIT).getMessage();

    assertTrue(message.startsWith("the CSV is malformed from line 2"), message);
  }

  private static Imported read(String csv) {
    return ScheduleImport.read(ScheduleFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), SUMMIT);
  }

  @Test
  void namedSessionWhoseFirstTopicHasNoStart_whileALaterOneHas_startsBackToBack() {
    Imported imported =
        read("room,session,title,duration,start\nHall,BoF,A,30,\nHall,BoF,B,30,2026-09-18T09:00\n");

    SessionPlan bof = imported.plan().rooms().getFirst().sessions().getFirst();
    assertEquals(OffsetDateTime.parse("2026-09-18T08:30+01:00"), bof.startsAt());
    assertEquals(
        List.of(
            new Adjusted(
                "A (line 2)",
                "it opens session \"BoF\" without a start, while a later topic of it has one",
                "started at 2026-09-18 08:30, so the session runs back to back to that topic")),
        imported.adjusted());
  }

  @Test
  void withoutATitleColumn_isRefusedNamingEveryProblem() {
    ImportException e = refused("Room,Name,Start\nA,B,2026-09-18T09:00\n", SUMMIT);

    assertEquals(
        List.of(
            "the CSV has no title column (a header such as title, talktitle, talk, topic,"
                + " subject, titel)",
            "its columns Name are not ones Gavel reads"),
        e.problems());
  }

  @Test
  void columnsGavelDoesNotRead_areNamedInTheNotes() {
    Imported imported = read("room,title,duration,Colour,Speaker\nA,B,5,x,y\n");

    assertEquals(List.of("the CSV's columns Colour are not read"), imported.notes());
    assertEquals(List.of("y"), imported.plan().topics().getFirst().presenters());
  }

  @Test
  void unreadableLength_isTakenWithTheDefault_namingItsLine() {
    Imported imported = read("room,title,duration\nHall,Fine,25\nHall,Broken,soon\n");

    assertEquals(2, imported.plan().topics().size());
    assertEquals(Duration.ofMinutes(30), imported.plan().topics().get(1).budget());
    assertEquals(
        new Adjusted(
            "Broken (line 3)",
            "its length cannot be read: line 3 has a duration of \"soon\"; Gavel reads HH:MM or"
                + " whole minutes",
            "taken without a length"),
        imported.adjusted().getFirst());
  }

  @Test
  void negativeLength_isTakenWithTheDefault() {
    Imported imported = read("room,title,duration\nHall,Backwards,-5\n");

    assertEquals(Duration.ofMinutes(30), imported.plan().topics().getFirst().budget());
    assertEquals(
        "its length cannot be read: duration must be positive: line 2 has -5",
        imported.adjusted().getFirst().problem());
  }

  @Test
  void unreadableDate_isTakenUnscheduled() {
    Imported imported = read("day,room,title,duration\nFreitag,WS2,Angel,60\n");

    assertEquals(
        List.of(
            new Adjusted(
                "Angel (line 2)",
                "its date or time cannot be read: \"Freitag\"",
                "taken unscheduled")),
        imported.adjusted());
    assertNull(imported.plan().rooms().getFirst().sessions().getFirst().startsAt());
  }

  @Test
  void rowWithTooManyValues_isTaken_andItsExtraValuesNamed() {
    Imported imported = read("room,title,duration\nHall,T,5,extra\n");

    assertEquals(1, imported.plan().topics().size());
    assertEquals(
        List.of(
            new Adjusted(
                "T (line 2)",
                "it has 4 values where the header names 3",
                "the values past the header's columns are not read")),
        imported.adjusted());
  }

  @Test
  void overlappingRows_areBothTaken() {
    Imported imported =
        read(
            "room,title,duration,start\nHall,A,30,2026-09-18T09:00\n"
                + "Hall,B,30,2026-09-18T09:15\n");

    assertEquals(2, imported.plan().topics().size());
  }

  @Test
  void duplicateKeys_theSecondGetsItsOwn() {
    Imported imported = read("room,title,duration,key\nHall,A,30,k\nHall,B,30,k\n");

    assertEquals(List.of("k", "k#2"), imported.plan().topics().stream().map(t -> t.key()).toList());
  }

  @Test
  void keylessRows_getKeysFromTheirRoomAndStart_orTheirTitle() {
    Imported imported = read("room,title,duration,start\nHall,A,30,2026-09-18T09:00\nHall,B,30,\n");

    assertEquals(
        List.of("hall@2026-09-18T08:00:00Z", "hall/b"),
        imported.plan().topics().stream().map(t -> t.key()).toList());
  }

  @Test
  void spreadsheetHeaders_dateAndStartTime_speakersAndSynopsis_areRead() {
    String csv =
        "Date,Start Time,End Time,Room Name,Talk Title,Speaker(s),Synopsis,Track,Type\n"
            + "18/09/2026,9:30 AM,10:15 AM,Hall A,Opening,\"Ada Lovelace, Grace Hopper\","
            + "Why we are here,Keynotes,Talk\n"
            + "18/09/2026,10:15,10:30,Hall A,Coffee,,,,Break\n"
            + "Sep 18 2026,2:00 pm,,Hall A,Lightning talks,,,,Talk\n";

    Imported imported = read(csv);

    TopicPlan opening = imported.plan().topics().getFirst();
    assertEquals("Opening", opening.title());
    assertEquals(List.of("Ada Lovelace", "Grace Hopper"), opening.presenters());
    assertEquals("Why we are here", opening.abstractText());
    assertEquals("Keynotes", opening.category());
    assertEquals(OffsetDateTime.parse("2026-09-18T09:30+01:00"), opening.startsAt());
    assertEquals(Duration.ofMinutes(45), opening.budget());
    assertEquals(
        List.of(new Skipped("Coffee, 2026-09-18 10:15", "a break, not a topic")),
        imported.skipped());
    TopicPlan lightning = imported.plan().topics().get(1);
    assertEquals(OffsetDateTime.parse("2026-09-18T14:00+01:00"), lightning.startsAt());
    assertEquals(Duration.ofMinutes(30), lightning.budget());
  }
}
