package dev.gavel.live;

import dev.gavel.notes.NoteMarkdown;
import dev.gavel.room.Notebook;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lines of notes as the wire shows them, each rendered from Markdown once per version: a snapshot
 * of a long session does not render every line again for every screen that joins.
 */
final class NoteViews {

  private final Map<Long, Wire.NoteView> bySeq = new ConcurrentHashMap<>();

  Wire.NoteView of(Notebook.Note note) {
    Wire.NoteView known = bySeq.get(note.seq());
    if (known != null && known.version() == note.version()) {
      return known;
    }
    Wire.NoteView view =
        new Wire.NoteView(
            note.seq(),
            note.at().toEpochMilli(),
            note.topic() == null ? null : note.topic().value(),
            // A struck line is taken back, so its words are not sent.
            note.struck() ? "" : note.text(),
            note.struck() ? "" : NoteMarkdown.html(note.text()),
            note.struck(),
            note.version(),
            note.editedAt() == null ? null : note.editedAt().toEpochMilli(),
            note.by(),
            note.correctedBy());
    // A later version may have been stored meanwhile by another thread: keep the later one.
    bySeq.merge(note.seq(), view, (old, mine) -> old.version() >= mine.version() ? old : mine);
    return view;
  }
}
