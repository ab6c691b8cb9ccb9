package dev.gavel.room;

/**
 * The session log could not be read or written (a full disk, a locked or broken file): the one
 * failure a {@link RoomLog} lets out. A command that meets it changed nothing and nobody was told
 * of it; the edges answer that it was not saved.
 */
public final class LogFailure extends RuntimeException {
  public LogFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
