package dev.gavel.notes;

import static dev.gavel.room.RoomScript.startNext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.html.Markup;
import dev.gavel.room.RoomCommand;
import dev.gavel.room.RoomScript;
import dev.gavel.room.TopicId;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A skipped topic and an ended session, as the log, the notes and the exports tell them. */
class SkippedTopicsHistoryTest {

  private final RoomScript script = RoomScript.withThreeTopics();

  private SessionDocument document() {
    SessionHistory history =
        SessionHistory.of(script.agenda.sessions().getFirst(), script.logged(), script.now);
    return new SessionDocument("Plumbers", "Networking", history, ZoneOffset.UTC);
  }

  @Test
  void aSkippedTopic_isLogged_andItsNotesSaySoWithTheTime() {
    script.after(Duration.ofMinutes(5));
    script.does(new RoomCommand.SkipTopic(Optional.of(new TopicId(2))));

    SessionDocument doc = document();

    assertEquals("Topic skipped: IPv6 routing", doc.history().log().getLast().text());
    assertEquals("topicSkipped", doc.history().log().getLast().type());
    assertEquals("skipped at 09:05", doc.notRun(doc.entries().get(1).topic()));
    assertEquals("not run", doc.notRun(doc.entries().get(2).topic()));
    assertTrue(NotesExports.markdown(doc).contains("Skipped at 09:05."));
  }

  @Test
  void anEndedSession_isLoggedWithTheTopicsItDidNotRun() {
    script.does(startNext()).after(Duration.ofMinutes(10));
    script.does(new RoomCommand.EndSession());

    SessionDocument doc = document();

    assertEquals(
        List.of(
            "Topic ended: A new VRF proposal",
            "Session ended; not run: IPv6 routing, Next steps in eBPF"),
        doc.history().log().subList(1, 3).stream().map(SessionHistory.LogLine::text).toList());
    assertEquals(script.now, doc.history().endedAt());
    assertEquals("skipped at 09:10", doc.notRun(doc.entries().get(2).topic()));
    assertTrue(
        NotesHtml.page(doc, 1, new Markup(), false)
            .contains("<dt>Ran</dt><dd>skipped at 09:10</dd>"));
  }
}
