package dev.gavel.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which sessions are over, so that their notes and report are offered to readers. */
class SessionsOverTest {

  private static final SessionId MORNING = new SessionId(1);
  private static final SessionId AFTERNOON = new SessionId(2);

  private static Topic topic(long id, SessionId session) {
    return new Topic(
        new TopicId(id),
        session,
        "Topic " + id,
        List.of("P"),
        null,
        Duration.ofMinutes(15),
        Duration.ofMinutes(5),
        3);
  }

  private final Agenda agenda =
      new Agenda(
          List.of(
              new Agenda.Session(MORNING, "Morning", List.of(topic(1, MORNING), topic(2, MORNING))),
              new Agenda.Session(AFTERNOON, "Afternoon", List.of(topic(3, AFTERNOON)))));

  private static Room room(Set<Long> done, Set<Long> skipped, SessionId session) {
    return new Room(
        Phase.IDLE,
        null,
        null,
        null,
        null,
        done.stream().map(TopicId::new).collect(Collectors.toSet()),
        skipped.stream().map(TopicId::new).collect(Collectors.toSet()),
        session,
        Floor.initial());
  }

  private List<String> over(Room room) {
    return SessionsOver.of(room, agenda).stream().map(Agenda.Session::title).toList();
  }

  @Test
  void beforeAnything_noSessionIsOver() {
    assertEquals(List.of(), over(Room.initial()));
  }

  @Test
  void aBreakBetweenTwoTopicsOfASession_isNotItsEnd() {
    assertEquals(List.of(), over(room(Set.of(1L), Set.of(), MORNING)));
  }

  @Test
  void aSessionWhoseTopicsAllRanOrWereSkipped_isOver() {
    assertEquals(List.of("Morning"), over(room(Set.of(1L), Set.of(2L), MORNING)));
  }

  @Test
  void aSessionFollowedByTheNext_isOverWithTopicsLeft() {
    assertEquals(List.of("Morning"), over(room(Set.of(1L), Set.of(), AFTERNOON)));
  }

  @Test
  void aSessionOfWhichNothingRan_isNotOffered() {
    assertEquals(List.of(), over(room(Set.of(), Set.of(1L, 2L), AFTERNOON)));
  }
}
