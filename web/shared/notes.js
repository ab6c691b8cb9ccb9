// The discussion notes of the room's current session, kept from the snapshot and the events.
// Each line comes with its HTML, rendered from Markdown and made safe by the server.
import { el } from "/assets/shared/dom.js";

export class SessionNotes {
  constructor() {
    this.session = null;
    this.notes = [];
  }

  /** From a snapshot: the whole list for the session the room is in. */
  reset(state, notes) {
    this.session = state.session ? state.session.id : null;
    this.notes = notes.slice();
  }

  /**
   * From an event; true when the list changed. A new session (its first topic started)
   * begins with no notes.
   */
  apply(message) {
    const session = message.state.session ? message.state.session.id : null;
    let changed = false;
    if (session !== this.session) {
      this.session = session;
      this.notes = [];
      changed = true;
    }
    const note = message.note;
    if (!note) return changed;
    if (message.event.type === "noteWritten") {
      if (message.event.session === this.session) this.notes.push(note);
      return true;
    }
    const index = this.notes.findIndex((line) => line.seq === note.seq);
    if (index >= 0) this.notes[index] = note;
    return index >= 0 || changed;
  }

  /** The lines a reader sees: struck ones are taken back. */
  visible() {
    return this.notes.filter((note) => !note.struck);
  }
}

export function timeOfDay(ms) {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/** A line's rendered text. Its HTML was made on the server from Markdown with raw HTML escaped. */
export function noteBody(note) {
  const body = el("div", { class: "text", dir: "auto" });
  body.innerHTML = note.html;
  return body;
}
