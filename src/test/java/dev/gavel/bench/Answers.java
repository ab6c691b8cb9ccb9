package dev.gavel.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Just enough of an HTTP/1.1 answer for {@link LeanHttp}: its status, and whether all of it has
 * arrived (by its {@code Content-Length}, or to the last of its chunks).
 */
final class Answers {

  private Answers() {}

  /** The status of an answer whose head has arrived. */
  static int status(byte[] answer) {
    return (answer[9] - '0') * 100 + (answer[10] - '0') * 10 + (answer[11] - '0');
  }

  /**
   * @return the whole answer's length when the first {@code read} bytes hold all of it; else -1
   */
  static int length(byte[] bytes, int read) {
    int headEnd = headEnd(bytes, read);
    if (headEnd < 0) {
      return -1;
    }
    String head = new String(bytes, 0, headEnd, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
    int declared = head.indexOf("\r\ncontent-length:");
    if (declared >= 0) {
      int from = declared + "\r\ncontent-length:".length();
      int to = head.indexOf("\r\n", from);
      int whole =
          headEnd + Integer.parseInt(head.substring(from, to < 0 ? head.length() : to).strip());
      return read >= whole ? whole : -1;
    }
    if (head.contains("\r\ntransfer-encoding: chunked")) {
      return chunked(bytes, headEnd, read);
    }
    return headEnd; // no body: 204, 304
  }

  /** Where the head ends (after its blank line), or -1 when it has not all arrived. */
  private static int headEnd(byte[] bytes, int read) {
    for (int i = 3; i < read; i++) {
      if (bytes[i] == '\n'
          && bytes[i - 1] == '\r'
          && bytes[i - 2] == '\n'
          && bytes[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  /** Walks the chunks from {@code at}: the length up to the last one's end, or -1. */
  private static int chunked(byte[] bytes, int at, int read) {
    int position = at;
    while (true) {
      int lineEnd = lineEnd(bytes, position, read);
      if (lineEnd < 0) {
        return -1;
      }
      String size = new String(bytes, position, lineEnd - position, StandardCharsets.US_ASCII);
      int semicolon = size.indexOf(';');
      int length =
          Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
      position = lineEnd + 2;
      if (length == 0) {
        // No trailers are sent here: the last chunk is followed by its blank line.
        return read >= position + 2 ? position + 2 : -1;
      }
      position += length + 2;
      if (position > read) {
        return -1;
      }
    }
  }

  private static int lineEnd(byte[] bytes, int from, int read) {
    for (int i = from; i + 1 < read; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
