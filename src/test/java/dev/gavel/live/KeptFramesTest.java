package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The latest events' frames a room keeps for sockets that come back, and their bounds. */
class KeptFramesTest {

  private static SharedFrame frame(String text) {
    return new SharedFrame(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> texts(SharedFrame[] frames) {
    return Arrays.stream(frames).map(SharedFrame::text).toList();
  }

  /** Events 11 to {@code last}, after a start at 10; the odd ones withheld from watchers. */
  private static KeptFrames keptUpTo(KeptFrames kept, long last) {
    kept.restart(10);
    for (long seq = 11; seq <= last; seq++) {
      SharedFrame full = frame("event " + seq);
      kept.keep(seq, full, seq % 2 == 1 ? frame("withheld " + seq) : full);
    }
    return kept;
  }

  @Test
  void afterAPosition_areTheLaterFramesInOrder_asTheSocketsRoleGetsThem() {
    KeptFrames kept = keptUpTo(new KeptFrames(256, 1 << 20), 15);

    assertEquals(
        List.of("event 13", "event 14", "event 15"), texts(kept.after(12, true).orElseThrow()));
    assertEquals(
        List.of("withheld 13", "event 14", "withheld 15"),
        texts(kept.after(12, false).orElseThrow()));
    assertEquals(15, kept.last());
  }

  @Test
  void theLastPosition_hasNothingAfterIt_andTheStartHasEverything() {
    KeptFrames kept = keptUpTo(new KeptFrames(256, 1 << 20), 14);

    assertArrayEquals(new SharedFrame[0], kept.after(14, true).orElseThrow());
    assertEquals(4, kept.after(10, true).orElseThrow().length);
    assertTrue(kept.after(9, true).isEmpty(), "before the start");
    assertTrue(kept.after(15, true).isEmpty(), "beyond the last");
  }

  @Test
  void freshlyStarted_resumesOnlyFromItsOwnPosition() {
    KeptFrames kept = new KeptFrames(256, 1 << 20);
    kept.restart(7);

    assertArrayEquals(new SharedFrame[0], kept.after(7, false).orElseThrow());
    assertTrue(kept.after(6, false).isEmpty());
    assertTrue(kept.after(8, false).isEmpty());
  }

  @Test
  void beyondItsCount_theOldestAreForgotten() {
    KeptFrames kept = keptUpTo(new KeptFrames(3, 1 << 20), 20);

    assertEquals(
        List.of("event 18", "event 19", "event 20"), texts(kept.after(17, true).orElseThrow()));
    assertTrue(kept.after(16, true).isEmpty());
  }

  @Test
  void beyondItsBytes_theOldestAreForgotten_bothKindsCounted() {
    // "event 1x" is 8 bytes, "withheld 1x" 11: an odd event costs 19, an even one 8. With 13,
    // events 11 to 13 would cost 46: 11 goes, and 12 to 14 fill the 35 bytes exactly.
    KeptFrames kept = keptUpTo(new KeptFrames(256, 35), 14);

    assertEquals(List.of("withheld 13", "event 14"), texts(kept.after(12, false).orElseThrow()));
    assertEquals(3, kept.after(11, true).orElseThrow().length);
    assertTrue(kept.after(10, true).isEmpty());
  }

  @Test
  void aFrameBiggerThanTheBudget_isNotKept_andOnlyTheLastPositionResumes() {
    KeptFrames kept = new KeptFrames(256, 4);
    kept.restart(0);
    kept.keep(1, frame("a frame too big"), frame("a frame too big"));

    assertEquals(1, kept.last());
    assertArrayEquals(new SharedFrame[0], kept.after(1, true).orElseThrow());
    assertTrue(kept.after(0, true).isEmpty());
  }

  @Test
  void anEventThatSkipsAPosition_startsTheFramesAgainFromItself() {
    KeptFrames kept = keptUpTo(new KeptFrames(256, 1 << 20), 14);

    kept.keep(20, frame("event 20"), frame("event 20"));

    assertEquals(List.of("event 20"), texts(kept.after(19, true).orElseThrow()));
    assertTrue(kept.after(14, true).isEmpty(), "nothing before the gap is offered");
  }

  @Test
  void aRestart_forgetsEveryFrame() {
    KeptFrames kept = keptUpTo(new KeptFrames(256, 1 << 20), 14);

    kept.restart(14);

    assertArrayEquals(new SharedFrame[0], kept.after(14, true).orElseThrow());
    assertTrue(kept.after(13, true).isEmpty());
  }
}
