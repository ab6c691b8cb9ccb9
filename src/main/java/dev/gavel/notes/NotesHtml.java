package dev.gavel.notes;

import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.room.Notebook;
import dev.gavel.route.Routes;
import java.util.List;

/**
 * A session's notes as one HTML page, rendered on the server: it works without JavaScript, can be
 * linked to a topic or a line, and prints. The same page is the notes.html export, with its styles
 * inside.
 */
public final class NotesHtml {

  private NotesHtml() {}

  /**
   * @param styles a stylesheet link when served, the styles themselves when exported
   * @param links whether to show the links to the log, the report and the exports
   */
  public static String page(SessionDocument doc, long sessionId, Markup styles, boolean links) {
    Markup nav =
        links
            ? Layout.documentNav(
                List.of(
                    new Layout.Link(Routes.LOG.path(sessionId), "Session log"),
                    new Layout.Link(Routes.REPORT.path(sessionId), "Report"),
                    new Layout.Link(Routes.NOTES_MD.path(sessionId), "Markdown"),
                    new Layout.Link(Routes.NOTES_TXT.path(sessionId), "DokuWiki"),
                    new Layout.Link(Routes.NOTES_HTML.path(sessionId), "HTML")))
            : new Markup();
    Markup body = new Markup();
    if (!doc.generalNotes().isEmpty()) {
      body.add(
          "<section class=\"topic\" id=\"general\">\n<h2>Around the topics</h2>\n{}</section>\n",
          notes(doc, doc.generalNotes()));
    }
    for (SessionDocument.Entry entry : doc.entries()) {
      body.add(topic(doc, entry));
    }
    return Layout.document(
        doc.title(), "discussion notes", "notes", styles, context(doc), nav, body);
  }

  /** The event, the room, and the day when the session has run. */
  static String context(SessionDocument doc) {
    String context = doc.eventTitle() + " · " + doc.roomName();
    return doc.day().isEmpty() ? context : context + " · " + doc.day();
  }

  private static Markup topic(SessionDocument doc, SessionDocument.Entry entry) {
    Markup facts =
        Markup.of("<dt>Planned</dt><dd>{}</dd>\n", SessionDocument.planned(entry.topic()));
    if (entry.runs().isEmpty()) {
      facts.add("<dt>Ran</dt><dd>{}</dd>\n", doc.notRun(entry.topic()));
    }
    for (SessionHistory.TopicRun run : entry.runs()) {
      facts
          .add("<dt>Ran</dt><dd>{}</dd>\n", doc.actual(run))
          .add("<dt>Slides</dt><dd>{}</dd>\n", SessionDocument.slides(run));
      if (run.wasCutOff()) {
        facts.add("<dt>Cut off</dt><dd class=\"cut-off\">{}</dd>\n", doc.cutOffs(run));
      }
      if (!run.speakers().isEmpty()) {
        facts.add("<dt>Speakers</dt><dd class=\"speakers\">{}</dd>\n", doc.speakers(run));
      }
      if (run.leftInQueue() > 0) {
        facts.add("<dt>Not heard</dt><dd>{}</dd>\n", SessionDocument.leftUnheard(run));
      }
    }
    return Markup.of(
        "<section class=\"topic\" id=\"topic-{}\">\n<h2>{}</h2>\n<p class=\"who\">{}{}</p>\n"
            + "<dl class=\"facts\">\n{}</dl>\n{}</section>\n",
        entry.topic().id().value(),
        entry.topic().title(),
        String.join(", ", entry.topic().presenters()),
        entry.topic().category() == null
            ? new Markup()
            : Markup.of(" <span class=\"category\">{}</span>", entry.topic().category()),
        facts,
        notes(doc, entry.notes()));
  }

  /** "edited 10:02", and by whom when the corrector gave a name. */
  private static Markup edited(SessionDocument doc, Notebook.Note note) {
    if (note.editedAt() == null) {
      return new Markup();
    }
    return note.correctedBy() == null
        ? Markup.of(" <span class=\"edited\">edited {}</span>", doc.time(note.editedAt()))
        : Markup.of(
            " <span class=\"edited\">edited {} by <span dir=\"auto\">{}</span></span>",
            doc.time(note.editedAt()),
            note.correctedBy());
  }

  private static Markup notes(SessionDocument doc, List<Notebook.Note> notes) {
    if (notes.isEmpty()) {
      return Markup.of("<p class=\"no-notes\">No notes.</p>\n");
    }
    Markup items = new Markup();
    for (Notebook.Note note : notes) {
      items.add(
          "<li id=\"note-{}\"><time datetime=\"{}\">{}</time>{} <div class=\"text\""
              + " dir=\"auto\">{}</div>{}</li>\n",
          note.seq(),
          note.at(),
          doc.time(note.at()),
          note.by() == null
              ? new Markup()
              : Markup.of(" <span class=\"by\" dir=\"auto\">{}</span>", note.by()),
          NoteMarkdown.markup(note.text()),
          edited(doc, note));
    }
    return Markup.of("<ul class=\"notes\">\n{}</ul>\n", items);
  }
}
