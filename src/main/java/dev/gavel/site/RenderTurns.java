package dev.gavel.site;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The turns to render a session's page (see {@link Rendering}): a render waits a little for a turn,
 * and without one it does not run at all.
 */
final class RenderTurns {

  private final Rendering rendering;
  private final Semaphore turns;

  RenderTurns(Rendering rendering) {
    this.rendering = rendering;
    this.turns = new Semaphore(rendering.atOnce(), true);
  }

  /** What {@code render} made in its turn, or empty when no turn came in time. */
  <T> Optional<T> inTurn(Supplier<T> render) throws InterruptedException {
    if (!turns.tryAcquire(rendering.patience().toMillis(), TimeUnit.MILLISECONDS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(render.get());
    } finally {
      turns.release();
    }
  }
}
