package dev.gavel.room;

/** The programme's id of a topic. */
public record TopicId(long value) {
  public TopicId {
    if (value <= 0) {
      throw new IllegalArgumentException("a topic id is a positive number: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
