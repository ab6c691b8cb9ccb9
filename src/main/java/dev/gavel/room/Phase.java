package dev.gavel.room;

/** Where the room is: between topics, in a topic's presentation, or in its discussion. */
public enum Phase {
  IDLE,
  PRESENTATION,
  DISCUSSION
}
