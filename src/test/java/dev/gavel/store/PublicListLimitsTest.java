package dev.gavel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.programme.Proposal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists that anybody may add to, without a key, have an end however many senders there are: a
 * session's list of people and its proposals waiting for the organiser. The rate limits slow one
 * sender down; these bounds hold against many.
 */
class PublicListLimitsTest {

  private static final OffsetDateTime NINE =
      OffsetDateTime.of(2026, 9, 18, 9, 0, 0, 0, ZoneOffset.ofHours(1));

  @TempDir Path folder;
  private Database database;
  private ProgrammeStore store;
  private Proposals proposals;
  private long session;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("gavel.db"));
    store = new ProgrammeStore(database);
    proposals =
        new Proposals(
            database, store, Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC));
    AtomicLong secrets = new AtomicLong();
    store.importPlan(
        new EventPlan(
            "netconf",
            "Netconf 2026",
            3,
            ZoneId.of("Europe/Dublin"),
            List.of(
                new RoomPlan(
                    "main",
                    "Main hall",
                    List.of(
                        new SessionPlan(
                            "main@0900",
                            "Networking",
                            NINE,
                            NINE.plusHours(2),
                            "Jesper",
                            List.of(),
                            List.of())))),
            List.of()),
        () -> "secret-" + secrets.incrementAndGet(),
        true);
    session =
        store.programme("netconf").orElseThrow().rooms().getFirst().sessions().getFirst().id();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void theFiveHundredAndFirstSignUp_isRefused_andTheListStaysAtFiveHundred() {
    for (int i = 1; i <= Proposals.MAX_LIST; i++) {
      proposals.signUp(session, "Attendee " + i, null);
    }

    ProgrammeException refused =
        assertThrows(
            ProgrammeException.class, () -> proposals.signUp(session, "One more", "netdev"));

    assertEquals("this session's list is full (500 people)", refused.getMessage());
    assertEquals(Proposals.MAX_LIST, people());
  }

  @Test
  void aSignUpOfSomeoneListed_isStillTaken_whenTheListIsFull() {
    for (int i = 1; i <= Proposals.MAX_LIST; i++) {
      proposals.signUp(session, "Attendee " + i, null);
    }

    proposals.signUp(session, "Attendee 7", null);

    assertEquals(Proposals.MAX_LIST, people());
  }

  @Test
  void theHundredAndFirstProposalWaiting_isRefused_andNoneMoreIsStored() {
    for (int i = 1; i <= Proposals.MAX_PENDING; i++) {
      proposals.propose(session, "Idea " + i, List.of("Presenter " + i), "Why", null);
    }

    ProgrammeException refused =
        assertThrows(
            ProgrammeException.class,
            () -> proposals.propose(session, "One more", List.of("Mallory"), "Why", null));

    assertEquals(
        "this session already has 100 proposals waiting for the organiser; please try again later",
        refused.getMessage());
    assertEquals(
        Proposals.MAX_PENDING,
        proposals.of("netconf").stream().filter(p -> p.state() == Proposal.State.PENDING).count());
  }

  @Test
  void aProposalDeclined_makesRoomForAnother() {
    for (int i = 1; i <= Proposals.MAX_PENDING; i++) {
      proposals.propose(session, "Idea " + i, List.of("Presenter " + i), "Why", null);
    }

    proposals.decline(proposals.of("netconf").getFirst().id());

    proposals.propose(session, "One more", List.of("Ann"), "Why", null);
    assertEquals(Proposals.MAX_PENDING + 1, proposals.of("netconf").size());
  }

  private int people() {
    return store
        .programme("netconf")
        .orElseThrow()
        .session(session)
        .orElseThrow()
        .stakeholders()
        .size();
  }
}
