package dev.gavel.store;

import dev.gavel.programme.UnfinishedImport;

/**
 * An import that failed after some of its chunks were committed: unlike a {@link StoreException},
 * something changed, and this says exactly what.
 */
public final class ImportStopped extends RuntimeException {

  private final transient UnfinishedImport unfinished;

  ImportStopped(UnfinishedImport unfinished, Throwable cause) {
    super(
        unfinished.sentence()
            + " (the database refused the rest: "
            + StoreException.rootReason(cause)
            + ")",
        cause);
    this.unfinished = unfinished;
  }

  public UnfinishedImport unfinished() {
    return unfinished;
  }
}
