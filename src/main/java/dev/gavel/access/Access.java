package dev.gavel.access;

import dev.gavel.programme.RoomInfo;
import dev.gavel.room.RoomSlug;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Function;

/** Turns a presented secret into a role for a room. */
public final class Access {

  private final String organiserSecret;
  private final Function<RoomSlug, Optional<RoomInfo>> rooms;

  /**
   * @param rooms each room with its secrets, by slug
   */
  public Access(String organiserSecret, Function<RoomSlug, Optional<RoomInfo>> rooms) {
    this.organiserSecret = organiserSecret;
    this.rooms = rooms;
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
    Optional<RoomInfo> info = rooms.apply(room);
    if (info.filter(r -> matches(presented, r.moderatorSecret())).isPresent()) {
      return Optional.of(Role.MODERATOR);
    }
    if (info.filter(r -> r.notesSecret() != null && matches(presented, r.notesSecret()))
        .isPresent()) {
      return Optional.of(Role.NOTE_TAKER);
    }
    if (info.filter(r -> matches(presented, stageSecret(r))).isPresent()) {
      return Optional.of(Role.STAGE);
    }
    if (info.filter(r -> matches(presented, micSecret(r))).isPresent()) {
      return Optional.of(Role.MIC_RUNNER);
    }
    return Optional.empty();
  }

  /**
   * The secret of the speaker's view: made from the moderator's, so it needs no storage, changes
   * with it, and cannot be worked back into it.
   */
  public static String stageSecret(RoomInfo room) {
    return Keyed.of(room.moderatorSecret(), "stage:" + room.slug().value());
  }

  /** The secret of the mic runner's view, made as the stage's is. */
  public static String micSecret(RoomInfo room) {
    return Keyed.of(room.moderatorSecret(), "mic:" + room.slug().value());
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
