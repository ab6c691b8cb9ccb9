package dev.gavel.notes;

import static dev.gavel.notes.Html.escape;

import dev.gavel.room.Notebook;
import java.util.List;

/**
 * A session's notes as one HTML page, rendered on the server: it works without JavaScript, can
 * be linked to a topic or a line, and prints. The same page is the notes.html export, with its
 * styles inside.
 */
public final class NotesHtml {

  private NotesHtml() {}

  /**
   * @param head what goes in the page's head besides its title: a stylesheet link when served, the
   *     styles themselves when exported
   * @param links whether to show the links to the log, the report and the exports
   */
  public static String page(SessionDocument doc, long sessionId, String head, boolean links) {
    StringBuilder out = new StringBuilder();
    out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>").append(escape(doc.title())).append(" — notes</title>\n");
    out.append(head).append("\n</head>\n<body>\n<main class=\"notes-page\">\n<header>\n");
    out.append("<p class=\"context\">").append(escape(doc.eventTitle())).append(" · ")
        .append(escape(doc.roomName()));
    if (!doc.day().isEmpty()) {
      out.append(" · ").append(escape(doc.day()));
    }
    out.append("</p>\n<h1>").append(escape(doc.title())).append(" <span>discussion notes</span></h1>\n");
    if (links) {
      String base = "/api/sessions/" + sessionId;
      out.append("<nav class=\"no-print\"><a href=\"/sessions/").append(sessionId).append("/log\">Session log</a>")
          .append("<a href=\"/sessions/").append(sessionId).append("/report\">Report</a>")
          .append("<a href=\"").append(base).append("/notes.md\">Markdown</a>")
          .append("<a href=\"").append(base).append("/notes.txt\">DokuWiki</a>")
          .append("<a href=\"").append(base).append("/notes.html\">HTML</a></nav>\n");
    }
    out.append("</header>\n");
    if (!doc.generalNotes().isEmpty()) {
      out.append("<section class=\"topic\" id=\"general\">\n<h2>Around the topics</h2>\n");
      notes(out, doc, doc.generalNotes());
      out.append("</section>\n");
    }
    for (SessionDocument.Entry entry : doc.entries()) {
      out.append("<section class=\"topic\" id=\"topic-").append(entry.topic().id().value()).append("\">\n");
      out.append("<h2>").append(escape(entry.topic().title())).append("</h2>\n");
      out.append("<p class=\"who\">").append(escape(String.join(", ", entry.topic().presenters())));
      if (entry.topic().category() != null) {
        out.append(" <span class=\"category\">").append(escape(entry.topic().category())).append("</span>");
      }
      out.append("</p>\n<dl class=\"facts\">\n<dt>Planned</dt><dd>")
          .append(escape(SessionDocument.planned(entry.topic()))).append("</dd>\n");
      if (entry.runs().isEmpty()) {
        out.append("<dt>Ran</dt><dd>").append(doc.notRun(entry.topic())).append("</dd>\n");
      }
      for (SessionHistory.TopicRun run : entry.runs()) {
        out.append("<dt>Ran</dt><dd>").append(escape(doc.actual(run))).append("</dd>\n");
        out.append("<dt>Slides</dt><dd>").append(escape(SessionDocument.slides(run))).append("</dd>\n");
        if (run.wasCutOff()) {
          out.append("<dt>Cut off</dt><dd class=\"cut-off\">").append(escape(doc.cutOffs(run))).append("</dd>\n");
        }
      }
      out.append("</dl>\n");
      notes(out, doc, entry.notes());
      out.append("</section>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void notes(StringBuilder out, SessionDocument doc, List<Notebook.Note> notes) {
    if (notes.isEmpty()) {
      out.append("<p class=\"no-notes\">No notes.</p>\n");
      return;
    }
    out.append("<ul class=\"notes\">\n");
    for (Notebook.Note note : notes) {
      out.append("<li id=\"note-").append(note.seq()).append("\"><time datetime=\"")
          .append(note.at()).append("\">").append(doc.time(note.at())).append("</time> ")
          .append("<div class=\"text\" dir=\"auto\">").append(NoteMarkdown.html(note.text())).append("</div>");
      if (note.editedAt() != null) {
        out.append(" <span class=\"edited\">edited ").append(doc.time(note.editedAt())).append("</span>");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }
}
