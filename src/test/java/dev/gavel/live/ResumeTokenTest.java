package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a socket that comes back names as where it left off: {@code stream.seq}, or nothing. */
class ResumeTokenTest {

  @Test
  void aStreamAndASeq_areRead() {
    assertEquals(
        Optional.of(new ResumeToken("Xq3-a_9ZbT0c", 203)), ResumeToken.parse("Xq3-a_9ZbT0c.203"));
    assertEquals(Optional.of(new ResumeToken("s", 0)), ResumeToken.parse("s.0"));
  }

  @Test
  void theSeqIsAfterTheLastDot() {
    assertEquals(Optional.of(new ResumeToken("a.b", 5)), ResumeToken.parse("a.b.5"));
  }

  @Test
  void anythingElse_isNoToken() {
    for (String garbage :
        new String[] {
          null,
          "",
          "abc",
          "x.-1",
          ".5",
          "s.",
          "s.+5",
          "s.1e3",
          "s. 5",
          "s.٣",
          "s." + "9".repeat(19),
          "s" + ".5".repeat(40),
          "a".repeat(2_000)
        }) {
      assertTrue(ResumeToken.parse(garbage).isEmpty(), garbage);
    }
  }

  @Test
  void theLongestSeq_stillFitsALong() {
    assertEquals(
        Optional.of(new ResumeToken("s", 999_999_999_999_999_999L)),
        ResumeToken.parse("s." + "9".repeat(18)));
  }
}
