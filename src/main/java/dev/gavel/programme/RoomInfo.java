package dev.gavel.programme;

import dev.gavel.room.RoomSlug;

/**
 * A room as the server lists it, with the secrets of its links.
 *
 * @param moderatorSecret opens the moderator's controls
 * @param notesSecret opens the note-taker's page: notes only
 */
public record RoomInfo(
    RoomSlug slug,
    String name,
    String eventSlug,
    String eventTitle,
    String moderatorSecret,
    String notesSecret) {}
