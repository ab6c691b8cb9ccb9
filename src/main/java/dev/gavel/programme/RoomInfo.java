package dev.gavel.programme;

import dev.gavel.room.RoomSlug;

/**
 * A room as the server lists it, with the secrets of its links.
 *
 * @param moderatorSecret opens the moderator's controls
 * @param notesSecret opens the note-taker's page: notes only
 * @param published whether its event's programme is published: until then the room is shown only to
 *     those who hold a key to it, or once it has started a topic
 */
public record RoomInfo(
    RoomSlug slug,
    String name,
    String eventSlug,
    String eventTitle,
    String moderatorSecret,
    String notesSecret,
    boolean published) {}
