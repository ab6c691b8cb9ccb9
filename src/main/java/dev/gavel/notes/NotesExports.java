package dev.gavel.notes;

import dev.gavel.room.Notebook;
import java.util.List;

/**
 * A session's notes as Markdown and as DokuWiki markup, for wikis and mailing lists. Whatever was
 * typed (notes, titles, names, cut-off reasons) comes out as text, never as markup of either.
 */
public final class NotesExports {

  private NotesExports() {}

  public static String markdown(SessionDocument doc) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(MarkdownExport.text(doc.title())).append(" — discussion notes\n\n");
    out.append('*').append(MarkdownExport.text(doc.eventTitle() + " · " + doc.roomName()));
    if (!doc.day().isEmpty()) {
      out.append(" · ").append(MarkdownExport.text(doc.day()));
    }
    out.append("*\n");
    markdownNotes(out, doc.generalNotes());
    for (SessionDocument.Entry entry : doc.entries()) {
      out.append("\n## ").append(MarkdownExport.text(entry.topic().title())).append("\n\n");
      out.append(MarkdownExport.text(String.join(", ", entry.topic().presenters())));
      if (entry.topic().category() != null) {
        out.append(" · ").append(MarkdownExport.text(entry.topic().category()));
      }
      out.append("  \nPlanned: ").append(SessionDocument.planned(entry.topic())).append('\n');
      if (entry.runs().isEmpty()) {
        out.append(capitalised(doc.notRun(entry.topic()))).append(".\n");
      }
      for (SessionHistory.TopicRun run : entry.runs()) {
        out.append("Ran: ").append(doc.actual(run)).append("  \n");
        out.append("Slides: ").append(SessionDocument.slides(run)).append('\n');
        if (run.wasCutOff()) {
          out.append("Cut off: ").append(MarkdownExport.text(doc.cutOffs(run))).append('\n');
        }
      }
      markdownNotes(out, entry.notes());
    }
    return out.toString();
  }

  private static void markdownNotes(StringBuilder out, List<Notebook.Note> notes) {
    if (notes.isEmpty()) {
      return;
    }
    out.append('\n');
    for (Notebook.Note note : notes) {
      out.append("- ").append(MarkdownExport.note(note.text()).replace("\n", "\n  ")).append('\n');
    }
  }

  public static String dokuWiki(SessionDocument doc) {
    StringBuilder out = new StringBuilder();
    out.append("====== ")
        .append(DokuWiki.heading(doc.title() + " — discussion notes"))
        .append(" ======\n\n");
    out.append("//").append(DokuWiki.plain(doc.eventTitle() + " · " + doc.roomName()));
    if (!doc.day().isEmpty()) {
      out.append(" · ").append(DokuWiki.plain(doc.day()));
    }
    out.append("//\n");
    dokuWikiNotes(out, doc.generalNotes());
    for (SessionDocument.Entry entry : doc.entries()) {
      out.append("\n===== ").append(DokuWiki.heading(entry.topic().title())).append(" =====\n\n");
      out.append(DokuWiki.plain(String.join(", ", entry.topic().presenters())));
      if (entry.topic().category() != null) {
        out.append(" · ").append(DokuWiki.plain(entry.topic().category()));
      }
      out.append("\\\\\nPlanned: ")
          .append(DokuWiki.plain(SessionDocument.planned(entry.topic())))
          .append('\n');
      if (entry.runs().isEmpty()) {
        out.append("\n").append(capitalised(doc.notRun(entry.topic()))).append(".\n");
      }
      for (SessionHistory.TopicRun run : entry.runs()) {
        out.append("\\\\\nRan: ").append(DokuWiki.plain(doc.actual(run)));
        out.append("\\\\\nSlides: ")
            .append(DokuWiki.plain(SessionDocument.slides(run)))
            .append('\n');
        if (run.wasCutOff()) {
          out.append("\\\\\nCut off: ").append(DokuWiki.plain(doc.cutOffs(run))).append('\n');
        }
      }
      dokuWikiNotes(out, entry.notes());
    }
    return out.toString();
  }

  private static void dokuWikiNotes(StringBuilder out, List<Notebook.Note> notes) {
    if (notes.isEmpty()) {
      return;
    }
    out.append('\n');
    for (Notebook.Note note : notes) {
      out.append("  * ").append(DokuWiki.inline(note.text())).append('\n');
    }
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
