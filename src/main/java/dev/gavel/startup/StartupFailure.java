package dev.gavel.startup;

/**
 * A server that cannot start, said in one or two plain sentences a newcomer can act on. The command
 * line prints the message alone; the cause, if any, is kept for {@code --verbose}.
 */
public final class StartupFailure extends RuntimeException {

  public StartupFailure(String sentences) {
    super(sentences);
  }

  public StartupFailure(String sentences, Throwable cause) {
    super(sentences, cause);
  }
}
