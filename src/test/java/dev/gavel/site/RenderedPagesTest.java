package dev.gavel.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.room.Agenda;
import dev.gavel.room.SessionId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {

  private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
  private static final Agenda.Session SESSION =
      new Agenda.Session(new SessionId(1), "Networking", List.of());

  private static RenderedPages.Key at(int logged) {
    return new RenderedPages.Key("/report", "hall", logged, logged, SESSION, "Event", "Hall");
  }

  private static RenderedPages.Page page(String text, boolean live) {
    return RenderedPages.Page.of(text, live, NOW);
  }

  @Test
  void pagesPastTheLimit_leaveTheLeastRecentlyReadFirst() {
    RenderedPages pages = new RenderedPages(20);
    pages.keep(at(1), page("a".repeat(8), false));
    pages.keep(at(2), page("b".repeat(8), false));
    pages.find(at(1), NOW);

    pages.keep(at(3), page("c".repeat(8), false));

    assertTrue(pages.find(at(1), NOW).isPresent());
    assertTrue(pages.find(at(2), NOW).isEmpty());
    assertTrue(pages.find(at(3), NOW).isPresent());
  }

  @Test
  void aRenamedTopic_isAnotherKey() {
    RenderedPages pages = new RenderedPages(1000);
    pages.keep(at(1), page("old", false));
    RenderedPages.Key renamed =
        new RenderedPages.Key(
            "/report",
            "hall",
            1,
            1,
            new Agenda.Session(new SessionId(1), "Networking, renamed", List.of()),
            "Event",
            "Hall");

    assertTrue(pages.find(renamed, NOW).isEmpty());
  }

  @Test
  void aLivePage_holdsForItsSecondOnly() {
    RenderedPages pages = new RenderedPages(1000);
    pages.keep(at(1), page("live", true));

    assertTrue(pages.find(at(1), NOW.plusMillis(999)).isPresent());
    assertTrue(pages.find(at(1), NOW.plusSeconds(1)).isEmpty());
  }

  @Test
  void theSameBytes_haveTheSameETag_andOthersAnother() {
    assertEquals(page("same", false).etag(), page("same", true).etag());
    assertNotEquals(page("same", false).etag(), page("other", false).etag());
  }
}
