package dev.gavel.runtime;

/**
 * A message or command that cannot be understood at all: answered with an error, changes nothing.
 */
public final class MalformedMessage extends RuntimeException {
  public MalformedMessage(String message) {
    super(message);
  }
}
