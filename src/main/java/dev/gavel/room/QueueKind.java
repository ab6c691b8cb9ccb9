package dev.gavel.room;

/**
 * What an attendee wants the floor for, as the IETF's queues tell them apart: a new point, or a
 * question that clarifies what was just said. The attendee chooses; the moderator sees it.
 */
public enum QueueKind {
  POINT,
  CLARIFY
}
