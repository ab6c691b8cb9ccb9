package dev.gavel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Reads start at a pace, one every 10 ms here, with a burst of 3 after a quiet spell. */
class PaceTest {

  private static final long MS = 1_000_000;
  private static final long PATIENCE = 25 * MS;

  private final Pace pace = new Pace(10 * MS, 3, 0);

  @Test
  void aBurstAfterAQuietSpell_startsAtOnce() {
    for (int read = 0; read < 4; read++) {
      assertEquals(OptionalLong.of(0), pace.book(0, PATIENCE), "read " + read);
    }
  }

  @Test
  void aReadBeyondTheBurst_waitsForItsPlaceInThePace() {
    for (int read = 0; read < 4; read++) {
      pace.book(0, PATIENCE);
    }

    assertEquals(OptionalLong.of(10 * MS), pace.book(0, PATIENCE));
    assertEquals(OptionalLong.of(20 * MS), pace.book(0, PATIENCE));
  }

  @Test
  void aReadThatWouldWaitLongerThanItMay_isRefused_andBooksNothing() {
    for (int read = 0; read < 6; read++) {
      pace.book(0, PATIENCE);
    }

    assertTrue(pace.book(0, PATIENCE).isEmpty());
    assertTrue(pace.book(0, PATIENCE).isEmpty());
    assertEquals(OptionalLong.of(25 * MS), pace.book(5 * MS, 30 * MS));
  }

  @Test
  void readsAtThePace_neverWait() {
    for (int read = 0; read < 100; read++) {
      assertEquals(OptionalLong.of(0), pace.book(read * 10 * MS, 0), "read " + read);
    }
  }

  @Test
  void aQuietSpell_earnsNoMoreThanTheBurst() {
    pace.book(0, PATIENCE);

    for (int read = 0; read < 4; read++) {
      assertEquals(OptionalLong.of(0), pace.book(1_000 * MS, PATIENCE), "read " + read);
    }
    assertEquals(OptionalLong.of(10 * MS), pace.book(1_000 * MS, PATIENCE));
  }
}
