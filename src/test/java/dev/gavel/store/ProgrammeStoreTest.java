package dev.gavel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.ImportResult;
import dev.gavel.programme.NoOverlap;
import dev.gavel.programme.Programme;
import dev.gavel.programme.ProgrammeException;
import dev.gavel.programme.Proposal;
import dev.gavel.room.Agenda;
import dev.gavel.room.CueTimes;
import dev.gavel.room.Pacing;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.Stakeholder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgrammeStoreTest {

  private static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
  private static final OffsetDateTime NINE =
      OffsetDateTime.of(2026, 9, 18, 9, 0, 0, 0, ZoneOffset.ofHours(1));

  @TempDir Path folder;
  private Database database;
  private ProgrammeStore store;
  private ProgrammeEditor editor;
  private Proposals proposals;
  private final AtomicInteger changes = new AtomicInteger();
  private final AtomicLong secrets = new AtomicLong();

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("gavel.db"));
    store = new ProgrammeStore(database);
    store.onChange(changes::incrementAndGet);
    editor = new ProgrammeEditor(database, store, this::secret);
    proposals =
        new Proposals(
            database, store, Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private String secret() {
    return "secret-" + secrets.incrementAndGet();
  }

  private static TopicPlan topic(String key, String title, int minutes, OffsetDateTime start) {
    return new TopicPlan(
        key,
        title,
        List.of("Ada Lovelace", "Zoë Ł"),
        "IPv6",
        Duration.ofMinutes(minutes),
        Duration.ofMinutes(10),
        null,
        "About " + title,
        start,
        List.of(Stakeholder.requested("Jamal", "tc")));
  }

  private static EventPlan plan(String title, List<TopicPlan> topics) {
    return new EventPlan(
        "netconf",
        "Netconf 2026",
        3,
        DUBLIN,
        List.of(
            new RoomPlan(
                "main",
                "Main hall",
                List.of(
                    new SessionPlan(
                        "main@0900",
                        title,
                        NINE,
                        NINE.plusHours(2),
                        "Jesper",
                        List.of(Stakeholder.requested("Dave", "VRF")),
                        topics)))),
        List.of(new NoOverlap(NoOverlap.Kind.CATEGORY, "IPv6")));
  }

  private static final List<TopicPlan> TWO =
      List.of(topic("a", "Routing", 30, NINE), topic("b", "Tunnels", 20, NINE.plusMinutes(30)));

  @Test
  void anImportedProgrammeReadsBackAsThePlan() {
    EventPlan plan = plan("Networking", TWO);
    ImportResult result = store.importPlan(plan, this::secret, true);

    assertEquals(new ImportResult.Tally(1, 1, 2), result.made());
    assertTrue(result.eventMade());
    assertEquals(plan, store.programme("netconf").orElseThrow().plan());
    assertEquals(1, changes.get());
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() {
    store.importPlan(plan("Networking", TWO), this::secret, true);
    Programme first = store.programme("netconf").orElseThrow();

    ImportResult again = store.importPlan(plan("Networking", TWO), this::secret, true);

    assertEquals(new ImportResult.Tally(0, 0, 0), again.made());
    assertEquals(new ImportResult.Tally(0, 0, 0), again.updated());
    assertEquals(new ImportResult.Tally(1, 1, 2), again.unchanged());
    assertEquals(first, store.programme("netconf").orElseThrow());
  }

  @Test
  void aReimportUpdatesByKeyAndKeepsWhatTheOrganiserAdded() {
    store.importPlan(plan("Networking", TWO), this::secret, true);
    long session = sessionId();
    long handMade =
        editor.addTopic(
            session,
            TopicPlan.proposed("Open floor", List.of("Everyone"), null, Duration.ofMinutes(10)));
    proposals.signUp(session, "Attendee Ann", null);

    ImportResult result =
        store.importPlan(
            plan(
                "Networking",
                List.of(
                    topic("b", "Tunnels v2", 20, NINE),
                    topic("a", "Routing", 30, NINE.plusMinutes(20)))),
            this::secret,
            true);

    assertEquals(new ImportResult.Tally(0, 0, 2), result.updated());
    Programme.Session after =
        store.programme("netconf").orElseThrow().session(session).orElseThrow();
    assertEquals(
        List.of("Tunnels v2", "Routing", "Open floor"),
        after.topics().stream().map(Programme.Topic::title).toList());
    assertEquals(handMade, after.topics().get(2).id());
    assertTrue(
        after.stakeholders().stream().anyMatch(p -> p.stakeholder().name().equals("Attendee Ann")));
  }

  @Test
  void aRoomWhoseAddressBelongsToAnotherEventGetsTheEventsSlugAfterIt() {
    store.importPlan(plan("Networking", TWO), this::secret, true);
    EventPlan other =
        new EventPlan(
            "lpc", "LPC", 3, DUBLIN, List.of(new RoomPlan("main", "Main", List.of())), List.of());

    ImportResult result = store.importPlan(other, this::secret, true);

    assertEquals(
        List.of("main", "main-lpc"), store.rooms().stream().map(r -> r.slug().value()).toList());
    assertTrue(result.notes().getFirst().contains("/rooms/main-lpc"), result.notes().toString());
  }

  @Test
  void theRoomsAgendaCarriesEachTopicsStakeholdersAndItsSessions() {
    store.importPlan(plan("Networking", TWO), this::secret, true);

    Agenda agenda = store.agenda(new RoomSlug("main"));

    assertEquals(
        List.of(Stakeholder.requested("Jamal", "tc"), Stakeholder.requested("Dave", "VRF")),
        agenda.topics().getFirst().stakeholders());
  }

  @Test
  void topicsMoveUpAndDownWithinTheirSession() {
    store.importPlan(plan("Networking", TWO), this::secret, true);
    long tunnels =
        store
            .programme("netconf")
            .orElseThrow()
            .rooms()
            .getFirst()
            .sessions()
            .getFirst()
            .topics()
            .get(1)
            .id();

    editor.moveTopic(tunnels, 0);

    assertEquals("Tunnels", store.agenda(new RoomSlug("main")).topics().getFirst().title());
    editor.moveTopic(tunnels, 99);
    assertEquals("Routing", store.agenda(new RoomSlug("main")).topics().getFirst().title());
  }

  @Test
  void aSlugAlreadyTakenIsRefusedAndNamesItsField() {
    editor.createEvent("devroom", "Devroom", 3, DUBLIN);
    ProgrammeException taken =
        assertThrows(
            ProgrammeException.class, () -> editor.createEvent("devroom", "Other", 3, DUBLIN));
    assertEquals("slug", taken.field());
    assertFalse(store.programme("devroom").orElseThrow().published());
    assertEquals("Devroom", store.programme("devroom").orElseThrow().title());
  }

  @Test
  void anAcceptedProposalBecomesTheSessionsLastTopic() {
    store.importPlan(plan("Networking", TWO), this::secret, true);
    long id = proposals.propose(sessionId(), "XDP offloads", List.of("Björn"), "Why and how", null);
    assertEquals(Proposal.State.PENDING, proposals.of("netconf").getFirst().state());

    long topic = proposals.accept(id, Duration.ofMinutes(15));

    Proposal accepted = proposals.of("netconf").getFirst();
    assertEquals(Proposal.State.ACCEPTED, accepted.state());
    assertEquals(topic, accepted.topicId());
    assertEquals("XDP offloads", store.agenda(new RoomSlug("main")).topics().getLast().title());
    assertThrows(ProgrammeException.class, () -> proposals.accept(id, Duration.ofMinutes(15)));
  }

  @Test
  void signingUpTwiceListsTheAttendeeOnceAsConfirmed() {
    store.importPlan(plan("Networking", TWO), this::secret, true);

    proposals.signUp(sessionId(), "Dave", null);
    proposals.signUp(sessionId(), "Dave", null);

    List<Programme.Person> people =
        store.programme("netconf").orElseThrow().session(sessionId()).orElseThrow().stakeholders();
    assertEquals(
        List.of(new Stakeholder("Dave", "VRF", Stakeholder.State.CONFIRMED)),
        people.stream().map(Programme.Person::stakeholder).toList());
  }

  @Test
  void aSignUpNeverChangesWhatTheOrganiserSet() {
    store.importPlan(plan("Networking", TWO), this::secret, true);
    editor.addSessionStakeholder(
        sessionId(), new Stakeholder("Eve", "netdev", Stakeholder.State.DECLINED));

    proposals.signUp(sessionId(), "Eve", "an impostor");
    proposals.signUp(sessionId(), "Dave", "an impostor");

    assertEquals(
        List.of(
            new Stakeholder("Dave", "VRF", Stakeholder.State.CONFIRMED),
            new Stakeholder("Eve", "netdev", Stakeholder.State.DECLINED)),
        sessionPeople());
  }

  @Test
  void attendeesWhoSignedUpAreOnTheListButNotAnnouncedInTheRoom() {
    store.importPlan(plan("Networking", TWO), this::secret, true);

    proposals.signUp(sessionId(), "Attendee Ann", null);

    assertTrue(
        sessionPeople()
            .contains(new Stakeholder("Attendee Ann", null, Stakeholder.State.CONFIRMED)));
    assertEquals(
        List.of("Jamal", "Dave"),
        store.agenda(new RoomSlug("main")).topics().getFirst().stakeholders().stream()
            .map(Stakeholder::name)
            .toList());
  }

  @Test
  void aReimportNeverTurnsAConfirmedStakeholderBackToRequested() {
    store.importPlan(plan("Networking", TWO), this::secret, true);
    proposals.signUp(sessionId(), "Dave", null);

    store.importPlan(plan("Networking", TWO), this::secret, true);

    assertEquals(
        List.of(new Stakeholder("Dave", "VRF", Stakeholder.State.CONFIRMED)), sessionPeople());
  }

  @Test
  void aReimportKeepsTheSlideLimitTheOrganiserSet() {
    store.importPlan(plan("Networking", TWO), this::secret, true);
    editor.updateEvent("netconf", "Netconf 2026", 2, DUBLIN, Pacing.DEFAULT_TURN, CueTimes.NONE);

    store.importPlan(plan("Networking", TWO), this::secret, true);

    assertEquals(2, store.programme("netconf").orElseThrow().slideLimit());
  }

  @Test
  void aSessionTheFileMovedIsMovedNotLeftBehindEmpty() {
    store.importPlan(plan("Networking", TWO), this::secret, true);
    long session = sessionId();
    EventPlan later = plan("Networking", TWO);
    EventPlan.SessionPlan moved = later.rooms().getFirst().sessions().getFirst();
    EventPlan movedPlan =
        new EventPlan(
            later.slug(),
            later.title(),
            later.slideLimit(),
            later.timeZone(),
            List.of(
                new RoomPlan(
                    "main",
                    "Main hall",
                    List.of(
                        new SessionPlan(
                            "main@0930",
                            moved.title(),
                            NINE.plusMinutes(30),
                            NINE.plusHours(3),
                            moved.moderator(),
                            moved.stakeholders(),
                            moved.topics())))),
            later.noOverlap());

    ImportResult result = store.importPlan(movedPlan, this::secret, true);

    assertEquals(0, result.made().sessions());
    List<Programme.Session> sessions =
        store.programme("netconf").orElseThrow().rooms().getFirst().sessions();
    assertEquals(1, sessions.size());
    assertEquals(session, sessions.getFirst().id());
    assertEquals("main@0930", sessions.getFirst().key());
    assertEquals(NINE.plusMinutes(30), sessions.getFirst().startsAt());
  }

  @Test
  void anOrganisersEditOfATopic_keepsWhatTheScheduleListedOfIt() {
    EventPlan.Listing listed =
        new EventPlan.Listing(
            "A subtitle",
            "A description",
            "en",
            "workshop",
            "https://example.org/talk/7",
            List.of(new EventPlan.Link("https://example.org/slides.pdf", "Slides")),
            7L,
            Map.of("Ada Lovelace", "301"));
    TopicPlan routing = topic("a", "Routing", 30, NINE).listed(listed);
    store.importPlan(plan("Networking", List.of(routing)), this::secret, true);
    long id =
        store
            .programme("netconf")
            .orElseThrow()
            .rooms()
            .getFirst()
            .sessions()
            .getFirst()
            .topics()
            .getFirst()
            .id();

    editor.updateTopic(
        id,
        TopicPlan.proposed(
            "Routing, revised", List.of("Ada Lovelace", "Grace"), null, Duration.ofMinutes(25)));

    Programme.Topic edited = store.programme("netconf").orElseThrow().topic(id).orElseThrow();
    assertEquals("Routing, revised", edited.title());
    assertEquals(listed, edited.listing());
  }

  private List<Stakeholder> sessionPeople() {
    return store
        .programme("netconf")
        .orElseThrow()
        .session(sessionId())
        .orElseThrow()
        .stakeholders()
        .stream()
        .map(Programme.Person::stakeholder)
        .toList();
  }

  private long sessionId() {
    return store.programme("netconf").orElseThrow().rooms().getFirst().sessions().getFirst().id();
  }
}
