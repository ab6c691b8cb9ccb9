package dev.gavel.room;

/**
 * An event that cannot happen in the state it is applied to, such as a slide shown while no topic
 * runs. The rules never decide one; a log that holds one was damaged outside Gavel.
 */
public final class ImpossibleEvent extends RuntimeException {
  public ImpossibleEvent(String problem) {
    super(problem);
  }
}
