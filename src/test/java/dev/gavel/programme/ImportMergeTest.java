package dev.gavel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.ImportChanges.SessionChange;
import dev.gavel.programme.ImportChanges.TopicChange;
import dev.gavel.room.Stakeholder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How an import merges into a stored programme, without a database. */
class ImportMergeTest {

  private static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
  private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-09-18T09:00+01:00");

  private static TopicPlan topic(String key, String title, OffsetDateTime start) {
    return new TopicPlan(
        key,
        title,
        List.of("Ada"),
        null,
        Duration.ofMinutes(30),
        null,
        null,
        null,
        start,
        List.of(Stakeholder.requested("Jamal", null)));
  }

  private static EventPlan plan(String sessionKey, OffsetDateTime start, TopicPlan... topics) {
    SessionPlan session =
        new SessionPlan(
            sessionKey, "Networking", start, start.plusHours(2), null, List.of(), List.of(topics));
    return new EventPlan(
        "netconf",
        "Netconf",
        3,
        DUBLIN,
        List.of(new RoomPlan("main", "Main hall", List.of(session))),
        List.of());
  }

  /** The plan as the store would give it back after importing it, with ids from 1 up. */
  private static Programme stored(EventPlan plan) {
    long[] id = {0};
    return new Programme(
        plan.slug(),
        plan.title(),
        plan.slideLimit(),
        plan.timeZone(),
        true,
        plan.rooms().stream()
            .map(
                room ->
                    new Programme.Room(
                        room.slug(),
                        room.name(),
                        room.sessions().stream()
                            .map(
                                session ->
                                    new Programme.Session(
                                        ++id[0],
                                        session.key(),
                                        session.title(),
                                        session.startsAt(),
                                        session.endsAt(),
                                        session.moderator(),
                                        people(session.stakeholders(), id),
                                        session.topics().stream()
                                            .map(topic -> topic(topic, ++id[0], id))
                                            .toList()))
                            .toList()))
            .toList(),
        plan.noOverlap());
  }

  private static Programme.Topic topic(TopicPlan topic, long topicId, long[] id) {
    return new Programme.Topic(
        topicId,
        topic.key(),
        topic.title(),
        topic.presenters(),
        topic.category(),
        topic.budget(),
        ImportMerge.presentationBudget(topic),
        topic.slideLimit(),
        topic.abstractText(),
        topic.startsAt(),
        people(topic.stakeholders(), id),
        topic.listing());
  }

  private static List<Programme.Person> people(List<Stakeholder> people, long[] id) {
    return people.stream().map(person -> new Programme.Person(++id[0], person, false)).toList();
  }

  private static final EventPlan FIRST =
      plan("main@9", NINE, topic("a", "Routing", NINE), topic("b", "Tunnels", NINE.plusHours(1)));

  @Test
  void aNewEvent_makesEverything() {
    ImportChanges changes = ImportMerge.of(null, FIRST, Set.of(), true);

    assertTrue(changes.makeEvent());
    assertEquals(new ImportResult.Tally(1, 1, 2), changes.result().made());
    assertTrue(changes.rooms().getFirst().make());
    assertNull(changes.rooms().getFirst().sessions().getFirst().id());
  }

  @Test
  void theSamePlanAgain_changesNothingAndWritesNothing() {
    ImportChanges changes = ImportMerge.of(stored(FIRST), FIRST, Set.of(), true);

    assertFalse(changes.makeEvent());
    assertEquals(new ImportResult.Tally(1, 1, 2), changes.result().unchanged());
    SessionChange session = changes.rooms().getFirst().sessions().getFirst();
    assertFalse(session.write());
    assertTrue(session.newPeople().isEmpty());
    assertTrue(session.topics().stream().noneMatch(TopicChange::write));
  }

  @Test
  void aTopicIsMatchedByKey_andItsNewTitleWritten() {
    EventPlan renamed =
        plan(
            "main@9",
            NINE,
            topic("a", "Routing v2", NINE),
            topic("b", "Tunnels", NINE.plusHours(1)));

    ImportChanges changes = ImportMerge.of(stored(FIRST), renamed, Set.of(), true);

    TopicChange routing = changes.rooms().getFirst().sessions().getFirst().topics().getFirst();
    assertEquals(2L, routing.id());
    assertTrue(routing.write());
    assertFalse(routing.move());
    assertEquals(new ImportResult.Tally(0, 0, 1), changes.result().updated());
  }

  @Test
  void aSessionTheFileMoved_isTheOneHoldingItsTopics_andTakesTheNewKey() {
    EventPlan moved =
        plan(
            "main@930",
            NINE.plusMinutes(30),
            topic("a", "Routing", NINE.plusMinutes(30)),
            topic("b", "Tunnels", NINE.plusHours(1)));

    SessionChange session =
        ImportMerge.of(stored(FIRST), moved, Set.of(), true)
            .rooms()
            .getFirst()
            .sessions()
            .getFirst();

    assertEquals(1L, session.id());
    assertTrue(session.rekey());
    assertTrue(session.write());
  }

  @Test
  void aRoomWhoseSlugAnotherEventHas_getsTheEventsSlugAfterIt_andANote() {
    ImportChanges changes = ImportMerge.of(null, FIRST, Set.of("main"), true);

    assertEquals("main-netconf", changes.rooms().getFirst().slug());
    assertEquals(
        List.of(
            "room \"Main hall\" is at /rooms/main-netconf: /rooms/main belongs to another event"),
        changes.result().notes());
  }

  @Test
  void aRoomWhoseTwoSlugsOtherEventsHave_isRefused() {
    assertThrows(
        ProgrammeException.class,
        () -> ImportMerge.of(null, FIRST, Set.of("main", "main-netconf"), true));
  }

  @Test
  void stakeholdersListedAlready_keepTheirAnswer_andOnlyNewOnesAreAdded() {
    TopicPlan asking =
        topic("a", "Routing", NINE)
            .asking(
                new Stakeholder("Jamal", "tc", Stakeholder.State.DECLINED),
                Stakeholder.requested("Dave", null));
    EventPlan plan = plan("main@9", NINE, asking, topic("b", "Tunnels", NINE.plusHours(1)));

    TopicChange routing =
        ImportMerge.of(stored(FIRST), plan, Set.of(), true)
            .rooms()
            .getFirst()
            .sessions()
            .getFirst()
            .topics()
            .getFirst();

    assertEquals(List.of(Stakeholder.requested("Dave", null)), routing.newPeople());
  }

  @Test
  void twoUnkeyedTopicsOfOneTitle_eachMatchTheirOwn() {
    EventPlan twins =
        plan(
            null,
            NINE,
            topic(null, "Open floor", NINE),
            topic(null, "Open floor", NINE.plusHours(1)));

    ImportChanges changes = ImportMerge.of(stored(twins), twins, Set.of(), true);

    List<TopicChange> topics = changes.rooms().getFirst().sessions().getFirst().topics();
    assertEquals(List.of(2L, 4L), topics.stream().map(TopicChange::id).toList());
    assertEquals(new ImportResult.Tally(1, 1, 2), changes.result().unchanged());
  }
}
