package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.programme.NoOverlap;
import dev.gavel.room.Stakeholder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forms of one or two fields: rooms, stakeholders, priorities, accepting, moving, signing up.
 */
class SmallFormsTest {

  @Test
  void aRoom_needsASlugAndAName() {
    assertEquals(
        new RoomForm("room-b", "Room B"),
        RoomForm.forNew(Map.of("slug", "room-b", "name", "Room B")).value());
    assertEquals(
        Map.of(
            "slug",
            "The room's slug is lower-case letters, digits and dashes, such as \"room-a\".",
            "name",
            "The room's name is required."),
        RoomForm.forNew(Map.of("slug", "-b-", "name", "")).errors());
  }

  @Test
  void aStakeholder_hasANameAndAKnownState() {
    assertEquals(
        new Stakeholder("David Ahern", "VRF", Stakeholder.State.CONFIRMED),
        StakeholderForm.check(Map.of("name", "David Ahern", "area", "VRF", "state", "confirmed"))
            .value());
    assertEquals(
        "The state is one of: requested, confirmed, declined.",
        StakeholderForm.check(Map.of("name", "D", "state", "maybe")).errors().get("state"));
  }

  @Test
  void aPriority_isACategoryOrAStakeholder() {
    assertEquals(
        new NoOverlap(NoOverlap.Kind.CATEGORY, "IPv6"),
        PriorityForm.check(Map.of("kind", "category", "name", "IPv6")).value());
    assertEquals(
        "The kind is one of: category, stakeholder.",
        PriorityForm.check(Map.of("kind", "room", "name", "x")).errors().get("kind"));
  }

  @Test
  void anAcceptedProposal_needsAPositiveBudget() {
    assertEquals(Duration.ofMinutes(20), AcceptForm.check(Map.of("budget", "20")).value());
    assertEquals(
        "The time budget in minutes is a whole number from 1 to 600.",
        AcceptForm.check(Map.of("budget", "-5")).errors().get("budget"));
  }

  @Test
  void aMove_isToAPlaceFromZero() {
    assertEquals(2, MoveForm.check(Map.of("to", "2")).value());
    assertEquals(
        Map.of("to", "The new place is a whole number from 0 to 10000."),
        MoveForm.check(Map.of("to", "-1")).errors());
  }
}
