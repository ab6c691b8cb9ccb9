package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How many snapshots a socket may ask for, at the instants the test chooses. */
class ResyncAllowanceTest {

  @Test
  void aBurstIsAllowed_thenOnePerPeriod() {
    ResyncAllowance allowance = new ResyncAllowance(3, 2_000);

    assertTrue(allowance.take(0));
    assertTrue(allowance.take(0));
    assertTrue(allowance.take(0));
    assertFalse(allowance.take(0));
    assertFalse(allowance.take(1_999));
    assertTrue(allowance.take(2_000));
    assertFalse(allowance.take(2_001));
  }

  @Test
  void aSocketThatAsksRarely_isNeverRefused() {
    ResyncAllowance allowance = new ResyncAllowance(3, 2_000);

    for (long now = 0; now < 600_000; now += 2_000) {
      assertTrue(allowance.take(now));
    }
  }

  @Test
  void aQuietSpell_refillsTheBurstButNoMore() {
    ResyncAllowance allowance = new ResyncAllowance(3, 2_000);
    for (int i = 0; i < 3; i++) {
      allowance.take(0);
    }

    long later = 3_600_000;
    assertTrue(allowance.take(later));
    assertTrue(allowance.take(later));
    assertTrue(allowance.take(later));
    assertFalse(allowance.take(later));
  }
}
