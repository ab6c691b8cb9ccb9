package dev.gavel.programme;

import dev.gavel.room.RoomSlug;

/** A room as the server lists it, with the secret that lets a moderator run it. */
public record RoomInfo(RoomSlug slug, String name, String eventSlug, String eventTitle, String moderatorSecret) {}
