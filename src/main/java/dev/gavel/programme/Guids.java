package dev.gavel.programme;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The UUIDs frab and pretalx require as guids. A topic key that is a UUID is written as it is, so a
 * schedule imported from frab or pretalx exports with its own guids and re-imports with the same
 * keys. Any other key (a CSV key, an iCalendar UID, a frab base64 guid, a key Gavel derived) is
 * written as the name-based (version 3) UUID of {@code "gavel:" + key}: stable, so exporting twice
 * gives the same guids, and an import recognises it ({@link ImportMerge} matches a topic whose key
 * is this UUID of the other's key, either way round).
 */
public final class Guids {

  private static final Pattern UUID_SHAPE =
      Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

  private Guids() {}

  public static boolean isUuid(String key) {
    return UUID_SHAPE.matcher(key).matches();
  }

  public static String of(String key) {
    if (isUuid(key)) {
      return key;
    }
    return UUID.nameUUIDFromBytes(("gavel:" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
