package dev.gavel.programme.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The UUIDs frab and pretalx require as guids. A topic key that is a UUID is written as it is, so
 * a schedule imported from frab or pretalx exports with its own guids and re-imports with the same
 * keys. Any other key (a CSV key, an iCalendar UID, a frab id) is written as the name-based UUID
 * of {@code "gavel:" + key}: stable, so exporting twice gives the same guids, but re-importing
 * such an export gives the topic that UUID as its key.
 */
final class Guids {

  private static final Pattern UUID_SHAPE =
      Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

  private Guids() {}

  static String of(String key) {
    if (UUID_SHAPE.matcher(key).matches()) {
      return key;
    }
    return UUID.nameUUIDFromBytes(("gavel:" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
