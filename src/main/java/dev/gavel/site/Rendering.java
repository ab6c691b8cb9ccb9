package dev.gavel.site;

import java.time.Duration;

/**
 * How much of the processor anonymous readers may take rendering a session's pages: at most {@code
 * atOnce} renders run together, and a request that finds them all busy waits {@code patience} for
 * one before it is told to come back. A page already rendered is served without a turn.
 *
 * @param beforeEach runs at the start of every render, on the rendering thread: a test holds or
 *     counts renders with it; nothing otherwise
 */
public record Rendering(int atOnce, Duration patience, Runnable beforeEach) {

  public Rendering {
    if (atOnce < 1) {
      throw new IllegalArgumentException("at least one render must be able to run");
    }
  }

  /**
   * One core left for the rooms' commands and sockets: readers asking again as soon as they are
   * answered would otherwise take every core.
   */
  public static Rendering standard() {
    return new Rendering(
        Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
        Duration.ofSeconds(2),
        () -> {});
  }

  public Rendering withAtOnce(int renders) {
    return new Rendering(renders, patience, beforeEach);
  }

  public Rendering withBeforeEach(Runnable hook) {
    return new Rendering(atOnce, patience, hook);
  }
}
