package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A socket's outgoing queue, against a session whose network the test controls. */
class OutboxTest {

  private static SharedFrame frame(String text) {
    return new SharedFrame(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anOutbox_handsEveryMessageOverAtOnceInOrder() {
    TestSession network = TestSession.heldBack();
    Outbox outbox = new Outbox(network.session, 10, 1_000);

    outbox.offer(frame("1"));
    outbox.offer(frame("2"));
    outbox.offer(frame("3"));

    assertEquals(List.of("1", "2", "3"), network.sent);
    assertEquals(3, outbox.queued());
    network.delivers();
    network.delivers();
    assertEquals(1, outbox.queued());
  }

  @Test
  void aSocketThatThrows_isClosedAsFailed_holdsNothing_andIsHandedNothingMore() {
    TestSession network = TestSession.keepingUp();
    Outbox outbox = new Outbox(network.session, 10, 1_000);
    network.breaks();

    AtomicInteger told = new AtomicInteger();
    assertFalse(outbox.offer(frame("1"), told::incrementAndGet));
    outbox.offer(frame("2"));

    assertTrue(outbox.dropped());
    assertEquals(0, outbox.queued());
    assertEquals(0, outbox.queuedBytes());
    assertEquals(Outbox.SEND_FAILED, network.closedWith);
    assertEquals(1, told.get(), "whoever waited for the message is told it will not go");
    assertTrue(network.sent.isEmpty());
  }

  @Test
  void eventsGivenTogether_goOutAsOneWrite() {
    TestSession network = TestSession.heldBack();
    Outbox outbox = new Outbox(network.session, 10, 1_000);

    outbox.offerAll(new SharedFrame[] {frame("a"), frame("b"), frame("c")});

    assertEquals(List.of("a", "b", "c"), network.sent);
    assertEquals(List.of(true, true, false), network.batched);
  }

  @Test
  void oneSharedFrame_isReadWholeByEverySocket() {
    SharedFrame shared = frame("{\"type\":\"event\",\"seq\":1}");
    TestSession first = TestSession.heldBack();
    TestSession second = TestSession.heldBack();

    new Outbox(first.session, 10, 1_000).offer(shared);
    new Outbox(second.session, 10, 1_000).offer(shared);

    assertEquals(first.sent, second.sent);
    assertEquals("{\"type\":\"event\",\"seq\":1}", second.sent.getFirst());
  }

  @Test
  void aSocketThatFallsTooManyMessagesBehind_isDroppedNotWaitedFor() {
    TestSession stalled = TestSession.heldBack();
    Outbox outbox = new Outbox(stalled.session, 3, 1_000);

    for (int i = 0; i < 5; i++) {
      outbox.offer(frame("event " + i));
    }

    assertEquals(Outbox.TOO_FAR_BEHIND, stalled.closedWith);
    assertEquals(3, stalled.sent.size());
  }

  @Test
  void aSocketThatFallsTooManyBytesBehind_isDropped() {
    TestSession stalled = TestSession.heldBack();
    Outbox outbox = new Outbox(stalled.session, 100, 100);

    outbox.offer(frame("x".repeat(60)));
    outbox.offer(frame("y".repeat(60)));

    assertEquals(Outbox.TOO_FAR_BEHIND, stalled.closedWith);
    assertEquals(60, outbox.queuedBytes());
  }

  @Test
  void oneMessageBiggerThanTheBound_stillGoesToASocketThatKeepsUp() {
    TestSession network = TestSession.heldBack();
    Outbox outbox = new Outbox(network.session, 100, 100);

    outbox.offer(frame("z".repeat(500)));

    assertNull(network.closedWith);
    assertEquals(500, outbox.queuedBytes());
    network.delivers();
    assertEquals(0, outbox.queuedBytes());
  }

  @Test
  void aDroppedSocket_isToldOfNothingMoreAndItsWaitersAreReleased() {
    TestSession stalled = TestSession.heldBack();
    Outbox outbox = new Outbox(stalled.session, 1, 1_000);
    AtomicInteger released = new AtomicInteger();

    outbox.offer(frame("first"));
    boolean second = outbox.offer(frame("second"), released::incrementAndGet);
    boolean third = outbox.offer(frame("third"), released::incrementAndGet);

    assertFalse(second);
    assertFalse(third);
    assertEquals(2, released.get());
    assertEquals(List.of("first"), stalled.sent);
  }

  @Test
  void aSocketThatKeepsUp_isNeverDropped() {
    TestSession network = TestSession.heldBack();
    Outbox outbox = new Outbox(network.session, 3, 100);
    AtomicInteger sent = new AtomicInteger();

    for (int i = 0; i < 100; i++) {
      assertTrue(outbox.offer(frame("event " + i), sent::incrementAndGet));
      network.delivers();
    }

    assertNull(network.closedWith);
    assertEquals(100, network.sent.size());
    assertEquals(100, sent.get());
    assertEquals(0, outbox.queuedBytes());
  }
}
