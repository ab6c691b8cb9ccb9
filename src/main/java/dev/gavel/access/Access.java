package dev.gavel.access;

import dev.gavel.room.RoomSlug;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Function;

/** Turns a presented secret into a role for a room. */
public final class Access {

  private final String organiserSecret;
  private final Function<RoomSlug, Optional<String>> moderatorSecret;

  public Access(String organiserSecret, Function<RoomSlug, Optional<String>> moderatorSecret) {
    this.organiserSecret = organiserSecret;
    this.moderatorSecret = moderatorSecret;
  }

  /**
   * @param presented the secret from a link or an Authorization header; null or blank for none
   * @return the role, or empty when a secret was presented but is not one of this room's
   */
  public Optional<Role> roleIn(RoomSlug room, String presented) {
    if (presented == null || presented.isBlank()) {
      return Optional.of(Role.VIEWER);
    }
    if (matches(presented, organiserSecret)) {
      return Optional.of(Role.ORGANISER);
    }
    if (moderatorSecret.apply(room).filter(secret -> matches(presented, secret)).isPresent()) {
      return Optional.of(Role.MODERATOR);
    }
    return Optional.empty();
  }

  public boolean isOrganiser(String presented) {
    return presented != null && matches(presented, organiserSecret);
  }

  /** Compares in constant time, so response times give nothing of a secret away. */
  private static boolean matches(String presented, String secret) {
    return MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
  }
}
