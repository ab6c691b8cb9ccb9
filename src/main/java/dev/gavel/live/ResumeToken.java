package dev.gavel.live;

import java.util.Optional;

/**
 * Where a socket that comes back left off: {@code stream.seq}, the run of the room's sequence it
 * was reading and the last position it read. Anything else a client sends as one is no token at
 * all, and the socket starts from a snapshot as a new one does: a stranger's garbage changes
 * nothing and earns no error.
 */
record ResumeToken(String stream, long seq) {

  /** Longer than any token the server hands out; a longer one is not read at all. */
  private static final int LONGEST = 64;

  /** The longest seq read: 18 digits always fit a long. */
  private static final int LONGEST_SEQ = 18;

  static Optional<ResumeToken> parse(String text) {
    if (text == null || text.isEmpty() || text.length() > LONGEST) {
      return Optional.empty();
    }
    int dot = text.lastIndexOf('.');
    if (dot < 1 || dot == text.length() - 1 || text.length() - dot - 1 > LONGEST_SEQ) {
      return Optional.empty();
    }
    long seq = 0;
    for (int i = dot + 1; i < text.length(); i++) {
      char digit = text.charAt(i);
      if (digit < '0' || digit > '9') {
        return Optional.empty();
      }
      seq = seq * 10 + (digit - '0');
    }
    return Optional.of(new ResumeToken(text.substring(0, dot), seq));
  }
}
