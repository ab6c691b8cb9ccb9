package dev.gavel.store;

import java.sql.SQLException;

/** Storage failed (disk full, file locked, corrupt): the one exception the store lets out. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * What the database itself said, in one line, such as "[SQLITE_NOTADB] File opened that is not a
   * database file (file is not a database)": the innermost SQL failure, else the innermost cause.
   */
  public static String rootReason(Throwable failure) {
    Throwable innermost = failure;
    Throwable sql = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      innermost = cause;
      if (cause instanceof SQLException) {
        sql = cause;
      }
    }
    Throwable said = sql != null ? sql : innermost;
    String message =
        said.getMessage() == null ? said.getClass().getSimpleName() : said.getMessage();
    String line =
        message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }
}
