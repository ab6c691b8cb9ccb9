package dev.gavel.room;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A command as its sender issued it.
 *
 * @param basedOn the log position the sender had seen when it gave a relative command (a slide
 *     more, a minute more), so that the same command from somebody else that crossed it is not
 *     applied twice; see {@link Crossing}
 * @param deadline the instant after which the sender no longer waits for an answer: arriving later,
 *     the command must not take effect, or it would act behind the sender's back
 * @param writer the name the writer of a line of notes gave, kept with the line
 */
public record Issued(
    RoomCommand command,
    Sender sender,
    Optional<Long> basedOn,
    Optional<Instant> deadline,
    Optional<String> writer) {

  public Issued {
    Objects.requireNonNull(command);
    Objects.requireNonNull(sender);
    Objects.requireNonNull(basedOn);
    Objects.requireNonNull(deadline);
    Objects.requireNonNull(writer);
  }

  /** A command with no conditions, from a sender of its own. */
  public static Issued plain(String commandId, RoomCommand command) {
    return new Issued(
        command, Sender.once(commandId), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
