package dev.gavel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A room's walk over its sockets, shared with helper threads: every socket handed the event once,
 * the walk over only when all of them were, and the sequence never left waiting for a helper that
 * is busy elsewhere.
 */
class WalkersTest {

  private static final int CROWD = 1_000;

  private static Integer[] sockets(int count) {
    return IntStream.range(0, count).boxed().toArray(Integer[]::new);
  }

  /** Each turn handed to the pool runs at once on a thread of its own. */
  private static Executor threadEach(List<Thread> started) {
    return task -> {
      Thread thread = Thread.ofPlatform().daemon().start(task);
      synchronized (started) {
        started.add(thread);
      }
    };
  }

  @Test
  void aCrowd_isWalkedOnce_inPartsOnMoreThanOneThread() throws Exception {
    Thread sequence = Thread.currentThread();
    CountDownLatch helped = new CountDownLatch(1);
    AtomicIntegerArray visits = new AtomicIntegerArray(CROWD);
    Set<Thread> walkers = ConcurrentHashMap.newKeySet();
    Walkers shared = new Walkers(1, threadEach(new ArrayList<>()));

    shared.each(
        sockets(CROWD),
        socket -> {
          walkers.add(Thread.currentThread());
          visits.incrementAndGet(socket);
          if (Thread.currentThread() != sequence) {
            helped.countDown();
          } else if (socket == 0) {
            // Holds the sequence in its first part until the helper has taken the other.
            await(helped);
          }
        });

    for (int i = 0; i < CROWD; i++) {
      assertEquals(1, visits.get(i), "socket " + i);
    }
    assertEquals(2, walkers.size());
  }

  @Test
  void aHelperThatNeverComes_isNotWaitedFor_theSequenceWalksItsPartToo() {
    AtomicInteger visits = new AtomicInteger();
    List<Runnable> neverRun = new ArrayList<>();
    Walkers shared = new Walkers(3, neverRun::add);

    shared.each(sockets(CROWD), socket -> visits.incrementAndGet());

    assertEquals(CROWD, visits.get());
    assertEquals(3, neverRun.size(), "three helpers were asked");
  }

  @Test
  void theWalk_endsOnlyWhenTheHelpersPartIsDone_evenWhenItsRoomIsClosing() throws Exception {
    int crowd = 2 * Walkers.LEAST_PART;
    CountDownLatch helperInside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger visits = new AtomicInteger();
    AtomicInteger visitsWhenItEnded = new AtomicInteger(-1);
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread[] sequence = new Thread[1];
    Walkers shared = new Walkers(1, threadEach(new ArrayList<>()));
    Thread walking =
        Thread.ofPlatform()
            .unstarted(
                () -> {
                  shared.each(
                      sockets(crowd),
                      socket -> {
                        if (Thread.currentThread() == sequence[0]) {
                          // The sequence leaves the other part to the helper.
                          await(helperInside);
                        } else if (helperInside.getCount() > 0) {
                          helperInside.countDown();
                          await(release);
                        }
                        visits.incrementAndGet();
                      });
                  visitsWhenItEnded.set(visits.get());
                  stillInterrupted.set(Thread.currentThread().isInterrupted());
                });
    sequence[0] = walking;
    walking.start();

    await(helperInside);
    // The sequence's own part is done while the helper is held inside its first socket.
    while (visits.get() < crowd / 2) {
      Thread.onSpinWait();
    }
    // A closing room interrupts its sequence; the next event must still not overtake this one.
    walking.interrupt();
    walking.join(50);
    assertTrue(walking.isAlive(), "the walk waits for the helper's part");
    release.countDown();
    walking.join(10_000);

    assertEquals(crowd, visitsWhenItEnded.get());
    assertTrue(stillInterrupted.get(), "the interrupt is kept for the sequence to see");
  }

  @Test
  void aSocketThatFails_failsTheWalk_afterEveryOtherSocketWasHandedTheEvent() {
    AtomicInteger visits = new AtomicInteger();
    IllegalStateException broken = new IllegalStateException("socket 700 is broken");
    Walkers shared = new Walkers(1, threadEach(new ArrayList<>()));

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                shared.each(
                    sockets(CROWD),
                    socket -> {
                      if (socket == 700) {
                        throw broken;
                      }
                      visits.incrementAndGet();
                    }));

    assertSame(broken, thrown);
    assertEquals(CROWD - 1, visits.get());
  }

  @Test
  void aSmallRoom_isWalkedByItsSequenceAlone() {
    Thread sequence = Thread.currentThread();
    List<Runnable> asked = new ArrayList<>();
    Walkers shared = new Walkers(3, asked::add);
    AtomicInteger elsewhere = new AtomicInteger();

    shared.each(
        sockets(2 * Walkers.LEAST_PART - 1),
        socket -> {
          if (Thread.currentThread() != sequence) {
            elsewhere.incrementAndGet();
          }
        });

    assertTrue(asked.isEmpty(), "no helper woken for a room this small");
    assertEquals(0, elsewhere.get());
  }

  @Test
  void twoPartsWorthOfSockets_wakeOneHelper() {
    List<Runnable> asked = new ArrayList<>();
    Walkers shared = new Walkers(3, asked::add);

    shared.each(sockets(2 * Walkers.LEAST_PART), socket -> {});

    assertEquals(1, asked.size());
  }

  @Test
  void aStoppingServer_refusesHelpers_andTheSequenceWalksEverySocketItself() {
    AtomicInteger visits = new AtomicInteger();
    Walkers closed =
        new Walkers(
            2,
            task -> {
              throw new RejectedExecutionException("shutting down");
            });

    closed.each(sockets(CROWD), socket -> visits.incrementAndGet());

    assertEquals(CROWD, visits.get());
  }

  @Test
  void theMachinesWalkers_handEverySocketEachEventOnce() {
    AtomicIntegerArray visits = new AtomicIntegerArray(CROWD);
    try (Walkers machine = Walkers.forThisMachine()) {
      for (int event = 0; event < 50; event++) {
        machine.each(sockets(CROWD), visits::incrementAndGet);
      }
    }
    for (int i = 0; i < CROWD; i++) {
      assertEquals(50, visits.get(i), "socket " + i);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS), "waited ten seconds");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
