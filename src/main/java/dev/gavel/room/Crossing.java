package dev.gavel.room;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the room decides about a command before its rules look at it: a command that came after its
 * sender gave up on it is refused, and a relative command that crossed the same command from
 * somebody else is confirmed rather than applied again.
 *
 * <p>Two moderators who both see "5:00" and both tap "+1 min" mean one minute, not two: each
 * command says which log position it was based on, and if, since that position, another sender's
 * identical command took effect, this one is already done. A sender's own commands never cross: a
 * moderator who taps "+1 min" twice means two minutes.
 */
public final class Crossing {

  /** A command that took effect: its first event's log position, the command and its sender. */
  public record Applied(long seq, RoomCommand command, Sender sender) {}

  public static final String TOO_LATE =
      "this came after the page had stopped waiting for it, so it did not take effect";

  private Crossing() {}

  /**
   * @param seq the room's log position now
   * @param recent commands that took effect, oldest first; those at or before the command's basis
   *     are ignored
   * @return the decision when there is one to take before the rules; empty to go on to the rules
   */
  public static Optional<Decision> check(
      Issued issued, Instant now, long seq, List<Applied> recent) {
    if (issued.deadline().isPresent() && now.isAfter(issued.deadline().get())) {
      return Optional.of(Decision.refuse(TOO_LATE));
    }
    if (issued.basedOn().isEmpty()) {
      return Optional.empty();
    }
    long basis = issued.basedOn().get();
    if (basis > seq) {
      return Optional.of(
          Decision.refuse("based on log position " + basis + ", which the room has not reached"));
    }
    return recent.stream()
        .filter(applied -> applied.seq() > basis)
        .filter(applied -> applied.command().equals(issued.command()))
        .filter(applied -> !applied.sender().id().equals(issued.sender().id()))
        .findFirst()
        .map(applied -> new Decision.AlreadyDone(applied.sender()));
  }
}
