package dev.gavel.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.room.Stakeholder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClashesTest {

  private static final OffsetDateTime NINE =
      OffsetDateTime.of(2026, 9, 18, 9, 0, 0, 0, ZoneOffset.UTC);

  private static TopicPlan topic(
      String title, String category, int minutes, Stakeholder... people) {
    return new TopicPlan(
        null,
        title,
        List.of("Someone"),
        category,
        Duration.ofMinutes(minutes),
        null,
        null,
        null,
        null,
        List.of(people));
  }

  private static RoomPlan room(String slug, OffsetDateTime start, TopicPlan... topics) {
    return new RoomPlan(
        slug,
        "Room " + slug.toUpperCase(),
        List.of(
            new SessionPlan(
                null, "Block", start, start.plusHours(3), null, List.of(), List.of(topics))));
  }

  private static EventPlan event(List<NoOverlap> priorities, RoomPlan... rooms) {
    return new EventPlan("e", "E", 3, ZoneId.of("UTC"), List.of(rooms), priorities);
  }

  @Test
  void twoTopicsOfAProtectedCategoryAtTheSameTimeInTwoRoomsClash() {
    EventPlan plan =
        event(
            List.of(new NoOverlap(NoOverlap.Kind.CATEGORY, "ipv6")),
            room("a", NINE, topic("Warm-up", "Security", 30), topic("Addressing", "IPv6", 30)),
            room("b", NINE, topic("Underlays", "IPv6", 45)));

    List<Clashes.Clash> clashes = Clashes.in(plan);

    assertEquals(1, clashes.size());
    Clashes.Clash clash = clashes.getFirst();
    assertEquals("Underlays", clash.first().topic());
    assertEquals("Addressing", clash.second().topic());
    assertEquals(NINE.plusMinutes(30), clash.second().start());
  }

  @Test
  void topicsThatOnlyTouchOrShareARoomDoNotClash() {
    EventPlan plan =
        event(
            List.of(new NoOverlap(NoOverlap.Kind.CATEGORY, "IPv6")),
            room("a", NINE, topic("One", "IPv6", 30), topic("Two", "IPv6", 30)),
            room("b", NINE.plusMinutes(60), topic("Three", "IPv6", 30)));

    assertEquals(List.of(), Clashes.in(plan));
  }

  @Test
  void aStakeholderAskedForInTwoRoomsAtOnceClashesUnlessTheyDeclined() {
    Stakeholder jamal = Stakeholder.requested("Jamal", "tc");
    Stakeholder declined = new Stakeholder("Jamal", "tc", Stakeholder.State.DECLINED);
    List<NoOverlap> priorities = List.of(new NoOverlap(NoOverlap.Kind.STAKEHOLDER, "Jamal"));

    assertEquals(
        1,
        Clashes.in(
                event(
                    priorities,
                    room("a", NINE, topic("tc", null, 30, jamal)),
                    room("b", NINE, topic("qdisc", null, 30, jamal))))
            .size());
    assertEquals(
        0,
        Clashes.in(
                event(
                    priorities,
                    room("a", NINE, topic("tc", null, 30, jamal)),
                    room("b", NINE, topic("qdisc", null, 30, declined))))
            .size());
  }

  @Test
  void withoutPrioritiesNothingClashes() {
    assertEquals(
        List.of(),
        Clashes.in(
            event(
                List.of(),
                room("a", NINE, topic("x", "IPv6", 30)),
                room("b", NINE, topic("y", "IPv6", 30)))));
  }
}
