package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.access.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

  private static final Heartbeat.Pace NEAR = new Heartbeat.Pace(5_000, 15_000);
  private static final Heartbeat.Pace VIEWERS = new Heartbeat.Pace(60_000, 150_000);

  /** A socket on a clock of the test's: it answers each ping at once, unless it is dead. */
  private static final class FakeSocket implements Heartbeat.Socket {
    final Role role;
    boolean dead;
    long heardAt;
    long pingedAt;
    int pings;
    int looks;
    long closedAt = -1;

    FakeSocket(Role role) {
      this.role = role;
    }

    @Override
    public Role role() {
      return role;
    }

    @Override
    public long pingOffsetMillis() {
      return 0;
    }

    @Override
    public long silentFor(long nowMillis) {
      looks++;
      return nowMillis - heardAt;
    }

    @Override
    public long sincePing(long nowMillis) {
      return nowMillis - pingedAt;
    }

    @Override
    public void ping(long nowMillis) {
      pings++;
      pingedAt = nowMillis;
      if (!dead) {
        heardAt = nowMillis;
      }
    }

    @Override
    public void wentSilent() {
      assertEquals(-1, closedAt, "closed twice");
      closedAt = pingedAt + 1;
    }
  }

  private static long run(Heartbeat heartbeat, long from, long until) {
    long now = from;
    for (; now <= until; now += heartbeat.tickMillis()) {
      heartbeat.tick(now);
    }
    return now;
  }

  @Test
  void aDeadViewer_isClosedOnceItsSilenceLimitHasPassed_andNotBefore() {
    Heartbeat heartbeat = new Heartbeat(NEAR, VIEWERS);
    FakeSocket phone = new FakeSocket(Role.VIEWER);
    heartbeat.add(phone);
    phone.dead = true;

    long now = 0;
    while (phone.closedAt < 0 && now < 600_000) {
      now += heartbeat.tickMillis();
      heartbeat.tick(now);
    }

    assertTrue(now > VIEWERS.silenceLimitMillis(), "closed after " + now + " ms");
    // Each viewer is looked at once a quarter of its period: found at most that late.
    assertTrue(
        now <= VIEWERS.silenceLimitMillis() + VIEWERS.periodMillis() / 4 + heartbeat.tickMillis(),
        "closed only after " + now + " ms");
    assertTrue(phone.pings >= 2, "pinged " + phone.pings + " times before it was closed");
  }

  @Test
  void aViewerThatAnswersPings_staysOpen_andIsPingedOncePerPeriodAtMost() {
    Heartbeat heartbeat = new Heartbeat(NEAR, VIEWERS);
    FakeSocket phone = new FakeSocket(Role.VIEWER);
    heartbeat.add(phone);

    run(heartbeat, 0, 600_000);

    assertEquals(-1, phone.closedAt);
    assertTrue(phone.pings >= 600_000 / (VIEWERS.periodMillis() * 5 / 4), phone.pings + " pings");
    assertTrue(phone.pings <= 600_000 / VIEWERS.periodMillis(), phone.pings + " pings");
  }

  @Test
  void aSilentModeratorsTablet_isClosedWithinItsShortLimit_whileViewersWait() {
    Heartbeat heartbeat = new Heartbeat(NEAR, VIEWERS);
    FakeSocket tablet = new FakeSocket(Role.MODERATOR);
    FakeSocket phone = new FakeSocket(Role.VIEWER);
    heartbeat.add(tablet);
    heartbeat.add(phone);
    tablet.dead = true;
    phone.dead = true;

    run(heartbeat, 0, NEAR.silenceLimitMillis() + NEAR.periodMillis());

    assertTrue(tablet.closedAt >= 0, "the tablet is still open");
    assertEquals(-1, phone.closedAt, "the phone was closed at the tablet's pace");
    assertEquals(0, phone.pings, "the phone was pinged at the tablet's pace");
  }

  @Test
  void eachTick_looksAtOneSlotOfViewersOnly_andEveryViewerOnceAQuarterPeriod() {
    Heartbeat heartbeat = new Heartbeat(NEAR, VIEWERS);
    List<FakeSocket> phones = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      FakeSocket phone = new FakeSocket(Role.VIEWER);
      phones.add(phone);
      heartbeat.add(phone);
    }
    long slots = VIEWERS.periodMillis() / 4 / heartbeat.tickMillis();

    int most = 0;
    long now = 0;
    for (int tick = 0; tick < slots; tick++) {
      int before = phones.stream().mapToInt(p -> p.looks).sum();
      now += heartbeat.tickMillis();
      heartbeat.tick(now);
      most = Math.max(most, phones.stream().mapToInt(p -> p.looks).sum() - before);
    }

    assertTrue(most <= 2 * phones.size() / slots, "one tick looked at " + most + " viewers");
    assertTrue(phones.stream().allMatch(p -> p.looks == 1), "a viewer was missed or seen twice");
  }

  @Test
  void aRemovedSocket_isNeitherPingedNorClosed() {
    Heartbeat heartbeat = new Heartbeat(NEAR, VIEWERS);
    FakeSocket phone = new FakeSocket(Role.VIEWER);
    heartbeat.add(phone);
    phone.dead = true;

    heartbeat.remove(phone);
    run(heartbeat, 0, 600_000);

    assertEquals(0, phone.pings);
    assertFalse(phone.closedAt >= 0);
  }
}
