package dev.gavel.site;

import dev.gavel.room.Agenda;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A session's pages as last rendered, kept as bytes so that a reader asking again costs a look-up
 * and a copy, not a render. A page is kept under everything it is made from: the room's log up to
 * its position, the session as the programme now has it (an edited title is a new key), and the
 * event's and room's names; so an entry is never stale, and old ones age out, the least recently
 * read first, once the pages kept pass {@code limitBytes}.
 */
final class RenderedPages {

  /** Everything a page of a session is rendered from, but the clock (see {@link Page#live}). */
  record Key(
      String page,
      String room,
      int logged,
      long lastSeq,
      Agenda.Session session,
      String eventTitle,
      String roomName) {}

  /**
   * A rendered page.
   *
   * @param live whether it shows the time now (a topic still running, or none run yet): then it
   *     holds for the second it was rendered in only
   * @param etag a strong validator made from the bytes themselves
   */
  record Page(byte[] body, String etag, boolean live, long second) {

    static Page of(String text, boolean live, Instant at) {
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      return new Page(body, etag(body), live, at.getEpochSecond());
    }

    boolean holdsAt(Instant now) {
      return !live || second == now.getEpochSecond();
    }

    private static String etag(byte[] body) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
        return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }
  }

  private final long limitBytes;
  private final LinkedHashMap<Key, Page> pages = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  RenderedPages(long limitBytes) {
    this.limitBytes = limitBytes;
  }

  synchronized Optional<Page> find(Key key, Instant now) {
    return Optional.ofNullable(pages.get(key)).filter(page -> page.holdsAt(now));
  }

  synchronized void keep(Key key, Page page) {
    Page old = pages.put(key, page);
    bytes += page.body().length - (old == null ? 0 : old.body().length);
    Iterator<Map.Entry<Key, Page>> oldest = pages.entrySet().iterator();
    while (bytes > limitBytes && oldest.hasNext()) {
      Map.Entry<Key, Page> entry = oldest.next();
      bytes -= entry.getValue().body().length;
      oldest.remove();
    }
  }
}
