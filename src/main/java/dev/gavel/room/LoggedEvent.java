package dev.gavel.room;

/** An event at its position in the room's session log (1, 2, 3, … with no gaps). */
public record LoggedEvent(long seq, RoomEvent event) {}
