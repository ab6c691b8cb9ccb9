package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.programme.Guids;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionGroupingTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Dublin");
  private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-09-18T09:00+01:00");

  private static Item topic(String title, OffsetDateTime start, int minutes, String track) {
    return topic(title, null, start, minutes, track);
  }

  private static Item topic(
      String title, String session, OffsetDateTime start, int minutes, String track) {
    var topic =
        new TopicPlan(
            title,
            title,
            List.of(),
            track,
            Duration.ofMinutes(minutes),
            null,
            null,
            null,
            start == null ? null : start.atZoneSameInstant(ZONE).toOffsetDateTime(),
            List.of());
    return new Item("Hall", session, topic, title);
  }

  private static List<SessionPlan> group(Item... entries) {
    return SessionGrouping.sessions("Hall", "hall", List.of(entries), ZONE);
  }

  @Test
  void gapUnderHalfAnHour_keepsTopicsInOneSession() {
    List<SessionPlan> sessions =
        group(topic("A", NINE, 30, null), topic("B", NINE.plusMinutes(59), 30, null));

    assertEquals(1, sessions.size());
    assertEquals(NINE.plusMinutes(89), sessions.getFirst().endsAt());
  }

  @Test
  void gapOfHalfAnHour_startsANewSession() {
    List<SessionPlan> sessions =
        group(topic("A", NINE, 30, null), topic("B", NINE.plusMinutes(60), 30, null));

    assertEquals(2, sessions.size());
  }

  @Test
  void topicsInFileOrder_areSortedByStart() {
    List<SessionPlan> sessions =
        group(topic("B", NINE.plusMinutes(30), 30, null), topic("A", NINE, 30, null));

    assertEquals("A", sessions.getFirst().topics().getFirst().title());
  }

  @Test
  void sessionWithoutACommonTrack_isNamedAfterRoomDayAndTime() {
    List<SessionPlan> sessions =
        group(topic("A", NINE, 30, "BPF"), topic("B", NINE.plusMinutes(30), 30, "IPv6"));

    assertEquals("Hall, Fri 18 Sep 09:00", sessions.getFirst().title());
    assertEquals("hall@2026-09-18T08:00:00Z", sessions.getFirst().key());
  }

  @Test
  void sessionWhoseTopicsShareATrack_isNamedAfterIt() {
    List<SessionPlan> sessions =
        group(topic("A", NINE, 30, "BPF"), topic("B", NINE.plusMinutes(30), 30, "BPF"));

    assertEquals("BPF", sessions.getFirst().title());
  }

  @Test
  void untimedTopics_formAnUnscheduledSessionAfterTheScheduledOnes() {
    List<SessionPlan> sessions = group(topic("Later", null, 30, null), topic("A", NINE, 30, null));

    assertEquals(2, sessions.size());
    assertEquals(NINE, sessions.getFirst().startsAt());
    assertNull(sessions.get(1).startsAt());
    assertEquals("Hall", sessions.get(1).title());
    assertNull(sessions.get(1).key());
  }

  @Test
  void namedUnscheduledSession_isKeyedByRoomAndName() {
    List<SessionPlan> sessions =
        group(topic("A", "BoF: Rust", null, 30, null), topic("B", "BoF: Rust", null, 30, null));

    assertEquals("BoF: Rust", sessions.getFirst().title());
    assertEquals("hall/bof-rust", sessions.getFirst().key());
    assertEquals(2, sessions.getFirst().topics().size());
  }

  @Test
  void roomSlugs_areMadeFromNames_distinct_andNeverEmpty() {
    assertEquals(
        List.of("hall-a", "hall-a-2", "room-3", "hall-a-3"),
        List.copyOf(RoomSlugs.of(List.of("Hall A", "Hall-A", "中文", "hall a")).values()));
  }

  @Test
  void guids_keepUuidKeys_andDeriveStableOnesFromOthers() {
    String uuid = "5b1f3f8e-6c1a-4d8e-9a43-0d2f1c000001";

    assertEquals(uuid, Guids.of(uuid));
    assertEquals(Guids.of("ms-1"), Guids.of("ms-1"));
    assertEquals(36, Guids.of("ms-1").length());
  }
}
