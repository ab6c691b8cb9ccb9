package dev.gavel.room;

/** The programme's id of a session (a moderated block in a room). */
public record SessionId(long value) {
  public SessionId {
    if (value <= 0) {
      throw new IllegalArgumentException("a session id is a positive number: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
