package dev.gavel.room;

/**
 * A room's session log holds something that cannot be its history: an event that cannot be read,
 * one of an unknown type, one that cannot happen where it stands, or a position missing. The room
 * cannot be brought back from it, so it is closed; every other room runs. Everything before {@link
 * #position} is sound.
 */
public final class DamagedLog extends RuntimeException {

  private final RoomSlug room;
  private final long position;
  private final String problem;

  /**
   * @param position the first position of the log that is not sound
   * @param problem what is wrong there, in words an operator can act on
   */
  public DamagedLog(RoomSlug room, long position, String problem) {
    super(
        "the log of room \""
            + room.value()
            + "\" is damaged at position "
            + position
            + ": "
            + problem);
    this.room = room;
    this.position = position;
    this.problem = problem;
  }

  public RoomSlug room() {
    return room;
  }

  public long position() {
    return position;
  }

  public String problem() {
    return problem;
  }

  /** The same damage, found again: for each caller that meets the closed room. */
  public DamagedLog again() {
    return new DamagedLog(room, position, problem);
  }
}
