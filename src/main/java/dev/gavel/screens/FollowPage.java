package dev.gavel.screens;

import dev.gavel.html.Markup;
import dev.gavel.notes.NoteMarkdown;
import dev.gavel.room.Agenda;
import dev.gavel.room.Notebook;
import dev.gavel.room.RoomRules;
import dev.gavel.room.RoomService;
import dev.gavel.room.SessionsOver;
import dev.gavel.room.Topic;
import dev.gavel.room.TopicId;
import dev.gavel.route.Routes;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.StateView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The attendee's page as the server writes it: the room's name, the session's notes and programme,
 * and the sessions that are over with their notes and report, in the page itself, so that a phone
 * that runs no script (or has not run it yet) reads them. The script takes each list over by key.
 */
final class FollowPage {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private FollowPage() {}

  /**
   * @param zone the event's time zone, in which the notes' times are written until the script
   *     writes them in the reader's own
   */
  static String render(String template, OpenRoom room, RoomService.Snapshot snapshot, ZoneId zone) {
    StateView view = room.view(snapshot);
    List<Notebook.Note> notes =
        RoomRules.currentSession(snapshot.state(), snapshot.agenda())
            .map(room.service().notebook()::of)
            .orElse(List.of())
            .stream()
            .filter(note -> !note.struck())
            .toList();
    Map<TopicId, String> titles =
        snapshot.agenda().topics().stream()
            .collect(Collectors.toMap(Topic::id, Topic::title, (first, second) -> first));
    return template
        .replace("<!--room-name-->", Markup.escape(room.info().name()))
        .replace(
            "<!--session-title-->",
            view.session() == null ? "" : Markup.escape("· " + view.session().title()))
        .replace("<!--notes-->", notes(notes, titles, zone).toString())
        .replace("<!--no-notes-->", notes.isEmpty() ? "" : " hidden")
        .replace("<!--agenda-->", agenda(view).toString())
        .replace("<!--past-->", past(SessionsOver.of(snapshot.state(), snapshot.agenda())));
  }

  /** The lines under a label for each topic, keyed as the script keys them. */
  private static Markup notes(List<Notebook.Note> notes, Map<TopicId, String> titles, ZoneId zone) {
    Markup out = new Markup();
    TopicId topic = null;
    boolean first = true;
    for (Notebook.Note note : notes) {
      if (first || !Objects.equals(note.topic(), topic)) {
        first = false;
        topic = note.topic();
        out.add(
            "<li class=\"topic-label\" data-key=\"topic-{}\">{}</li>\n",
            note.seq(),
            topic == null ? "Between topics" : titles.getOrDefault(topic, "Between topics"));
      }
      out.add(
          "<li data-key=\"{}\" data-seq=\"{}\"><time datetime=\"{}\">{}</time><span class=\"by\""
              + " dir=\"auto\"{}>{}</span><div class=\"text\" dir=\"auto\">{}</div></li>\n",
          note.seq(),
          note.seq(),
          note.at(),
          TIME.format(note.at().atZone(zone)),
          note.by() == null ? " hidden" : "",
          note.by() == null ? "" : note.by(),
          NoteMarkdown.markup(note.text()));
    }
    return out;
  }

  private static Markup agenda(StateView view) {
    Long session = view.session() == null ? null : view.session().id();
    Markup out = new Markup();
    for (StateView.AgendaItem item : view.agenda()) {
      if (!Objects.equals(session, item.sessionId())) {
        continue;
      }
      out.add(
          "<li data-key=\"{}\" data-status=\"{}\"><div class=\"title\">{}</div><div"
              + " class=\"who\">{}</div></li>\n",
          item.id(),
          item.status(),
          item.title(),
          String.join(
              " · ",
              List.of(String.join(", ", item.presenters()), Objects.toString(item.category(), ""))
                  .stream()
                  .filter(part -> !part.isEmpty())
                  .toList()));
    }
    return out;
  }

  private static String past(List<Agenda.Session> sessions) {
    return sessions.stream()
        .map(
            session ->
                Markup.of(
                        "<li data-key=\"{}\"><span class=\"title\">{}</span> <a href=\"{}\">Notes"
                            + "</a> <a href=\"{}\">Report</a></li>\n",
                        session.id().value(),
                        session.title(),
                        Routes.NOTES.path(session.id().value()),
                        Routes.REPORT.path(session.id().value()))
                    .toString())
        .collect(Collectors.joining());
  }
}
