package dev.gavel.store;

/** Storage failed (disk full, file locked, corrupt): the one exception the store lets out. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
