package dev.gavel.http;

import dev.gavel.route.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The lane every anonymous read goes through: a page, a picture, an export, the API's JSON, read by
 * somebody who proves no role. At most {@link Limits#atOnce} such reads are worked on at once
 * (fewer than the processors), they start at a pace (see {@link Pace}), at most {@link
 * Limits#waiting} more wait their turn, each no longer than {@link Limits#patience}; anybody beyond
 * is answered {@code 503} with {@code Retry-After}. So readers who ask again the moment they are
 * answered can never take every core from the rooms.
 *
 * <p>Outside the lane: every command and form (they are not reads), the room's socket (its upgrade
 * never passes the HTTP filters), a read that carries a key opening more than a viewer's view (the
 * moderator's tablet, the organiser's pages), and the views' own files under {@code /assets}, which
 * are served as they are and which a phone's page cannot work without. A turn is held while the
 * answer is made, not while it travels: a phone on slow Wi-Fi holds up nobody.
 */
public final class ReaderLane {

  /**
   * @param atOnce how many anonymous reads are worked on at once
   * @param waiting how many more may wait for a turn
   * @param patience how long one waits before it is told to come back
   * @param perSecond how many anonymous reads are started a second, on average
   * @param burst how many may start at once beyond that pace: a room of phones opening the page
   */
  public record Limits(int atOnce, int waiting, Duration patience, int perSecond, int burst) {

    public Limits {
      if (atOnce < 1 || waiting < 0 || perSecond < 1 || burst < 0) {
        throw new IllegalArgumentException("at least one read must be able to run");
      }
    }

    /**
     * One core left for the rooms' commands and sockets. A read of a page already made costs well
     * under a millisecond once in the lane, but as much again outside it (the connection, the
     * request, the answer going out): readers asking again the moment they are answered would still
     * keep every core busy, so reads are also paced, 200 a second for each processor, which leaves
     * most of the machine to the rooms. A queue deep enough for a room of phones opening the page
     * at once; far fewer waiting than Jetty has threads, so commands always find one.
     */
    public static Limits standard() {
      int processors = Runtime.getRuntime().availableProcessors();
      return new Limits(
          Math.max(1, processors - 1), 64, Duration.ofSeconds(3), 200 * processors, 200);
    }
  }

  /** Thrown before a read that found no turn: answered {@code 503}, come back in a second. */
  static final class Full extends RuntimeException {
    Full() {
      super(
          "This page is much asked for right now. It will be back in a moment.",
          null,
          false,
          false);
    }
  }

  private static final String HELD = ReaderLane.class.getName() + ".held";

  private final Limits limits;
  private final Predicate<Context> provesRole;
  private final Semaphore turns;
  private final AtomicInteger waiting = new AtomicInteger();
  private final Pace pace;

  /**
   * @param provesRole whether a request carries a key that opens more than a viewer's view
   */
  public ReaderLane(Limits limits, Predicate<Context> provesRole) {
    this.limits = limits;
    this.provesRole = provesRole;
    this.turns = new Semaphore(limits.atOnce(), true);
    this.pace =
        new Pace(
            TimeUnit.SECONDS.toNanos(1) / limits.perSecond(), limits.burst(), System.nanoTime());
  }

  /** Before every other filter: a read takes its turn first; it gives it back after its handler. */
  public void register(RoutesConfig routes) {
    routes.before(this::enter);
    routes.after(this::leave);
    routes.exception(Full.class, ReaderLane::busy);
  }

  /** The API answers in JSON, as its every error; anything else with a page. */
  private static void busy(Full full, Context ctx) {
    if (ctx.path().startsWith("/api/")) {
      ctx.status(503)
          .header("Retry-After", "1")
          .header("Cache-Control", "no-cache")
          .json(Map.of("error", "many are reading right now: ask again in a second"));
    } else {
      HtmlResponse.busy(ctx, full.getMessage());
    }
  }

  private void enter(Context ctx) throws InterruptedException {
    if (!inLane(ctx)) {
      return;
    }
    long paceWait =
        pace.book(System.nanoTime(), limits.patience().toNanos()).orElseThrow(Full::new);
    if (paceWait == 0 && turns.tryAcquire(0, TimeUnit.MILLISECONDS)) {
      ctx.attribute(HELD, Boolean.TRUE);
      return;
    }
    if (waiting.incrementAndGet() > limits.waiting()) {
      waiting.decrementAndGet();
      throw new Full();
    }
    boolean given;
    try {
      TimeUnit.NANOSECONDS.sleep(paceWait);
      given = turns.tryAcquire(limits.patience().toNanos() - paceWait, TimeUnit.NANOSECONDS);
    } finally {
      waiting.decrementAndGet();
    }
    if (!given) {
      throw new Full();
    }
    ctx.attribute(HELD, Boolean.TRUE);
  }

  /** Runs after the handler, whatever it did, and before the answer is written out. */
  private void leave(Context ctx) {
    if (ctx.attribute(HELD) != null) {
      ctx.req().removeAttribute(HELD);
      turns.release();
    }
  }

  private boolean inLane(Context ctx) {
    HandlerType method = ctx.method();
    return (HandlerType.GET.equals(method) || HandlerType.HEAD.equals(method))
        && !ctx.path().startsWith(Routes.ASSETS + "/")
        && !provesRole.test(ctx);
  }
}
