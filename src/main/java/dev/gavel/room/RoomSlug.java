package dev.gavel.room;

import java.util.regex.Pattern;

/** A room's name in URLs: lower-case letters, digits and dashes, so it never needs escaping. */
public record RoomSlug(String value) {
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

  public RoomSlug {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a room slug is 1 to 64 lower-case letters, digits and dashes: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
