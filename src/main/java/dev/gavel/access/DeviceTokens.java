package dev.gavel.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The tokens an attendee's device gets the first time it raises a hand: a random public id, a dot,
 * and the id signed with the server's key. Only this server can make one, so a forged or guessed
 * token is refused, and the id alone (which the session log keeps) lets nobody act for a device.
 */
public final class DeviceTokens {

  private final String key;
  private final Secrets secrets;

  /**
   * @param key the server's own key, kept across restarts so that phones keep their tokens
   */
  public DeviceTokens(String key, Secrets secrets) {
    this.key = key;
    this.secrets = secrets;
  }

  public String issue() {
    String id = secrets.next();
    return id + "." + Keyed.of(key, "device:" + id);
  }

  /** The device's public id, if this server issued the token; empty for anything else. */
  public Optional<String> device(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String id = token.substring(0, dot);
    byte[] expected = Keyed.of(key, "device:" + id).getBytes(StandardCharsets.UTF_8);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
  }
}
