package dev.gavel.programme.exchange;

import java.util.List;

/**
 * A file that cannot be imported at all: unreadable, hostile, or not a schedule. The message is for
 * the person who uploaded it and names every problem found, with where it is (a line, a field's
 * path). Nothing was imported.
 */
public final class ImportException extends RuntimeException {

  private final List<String> problems;

  public ImportException(String message) {
    this(List.of(message), null);
  }

  public ImportException(String message, Throwable cause) {
    this(List.of(message), cause);
  }

  /** A refusal for several problems at once, each named. */
  public ImportException(List<String> problems, Throwable cause) {
    super(String.join("; ", problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** Every problem, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
