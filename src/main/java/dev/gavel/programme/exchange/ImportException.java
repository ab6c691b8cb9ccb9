package dev.gavel.programme.exchange;

/**
 * A schedule that cannot be imported. The message is for the person who uploaded it: what is wrong
 * and where (a line number, an event's title and guid). Nothing was imported.
 */
public final class ImportException extends RuntimeException {

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
