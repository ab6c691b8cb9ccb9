// The discussion notes of the room's current session, kept from the snapshot and the events.
// Each line comes with its HTML, rendered from Markdown and made safe by the server. A watching
// screen's snapshot brings the lines without their Markdown and without the struck ones; the
// note-taker's and the tablet's bring them whole, for correcting.
import { el, text } from "/assets/shared/dom.js";
import { timeOfDay } from "/assets/shared/timer.js";

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

  find(seq) {
    return this.notes.find((note) => note.seq === seq);
  }
}

/**
 * A line's rendered text. Its HTML was made on the server from Markdown with raw HTML escaped
 * and only http(s) and mail links kept. A link opens outside the live page, which must stay.
 */
export function noteBody(note) {
  const body = el("div", { class: "text", dir: "auto" });
  fillNoteBody(body, note);
  return body;
}

export function fillNoteBody(body, note) {
  body.innerHTML = note.html;
  for (const link of body.querySelectorAll("a[href]")) {
    link.target = "_blank";
    link.rel = "noopener noreferrer nofollow";
  }
}

/**
 * A line of notes as a list item for reconcile(): made once per line, its time and text changed
 * only when its version does.
 */
export const noteLines = {
  key: (note) => note.seq,
  make: () => el("li", {}, el("time", {}), el("span", { class: "by", dir: "auto" }), el("div", { class: "text", dir: "auto" })),
  update(item, note) {
    if (item.dataset.version === String(note.version)) return;
    item.dataset.version = note.version;
    item.dataset.seq = note.seq;
    const time = item.querySelector("time");
    time.dateTime = new Date(note.at).toISOString();
    text(time, timeOfDay(note.at));
    const by = item.querySelector(".by");
    text(by, note.by || "");
    by.hidden = !note.by;
    fillNoteBody(item.querySelector(".text"), note);
  },
};

/** A note's words without its markup, for a screen reader's announcement. */
export function plainText(note) {
  const body = el("div");
  body.innerHTML = note.html;
  return body.textContent;
}

/**
 * A scrolling list that keeps its newest line in sight, like a chat, while the reader is there:
 * one who scrolled up to read is left where they are. Layout changes around the list (a card that
 * grows, a window resized) keep a reader at the newest line there.
 *
 * @param {Element} list
 * @param {() => boolean} [may] whether following is allowed now (not while a line is edited)
 */
export function followNewest(list, may = () => true) {
  let atNewest = true;
  list.addEventListener("scroll", () => {
    atNewest = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  }, { passive: true });
  new ResizeObserver(() => {
    if (atNewest && may()) list.scrollTop = list.scrollHeight;
  }).observe(list);
  return {
    /** Whether the reader is at the newest line, as last seen. */
    get following() {
      return atNewest && may();
    },
    toNewest() {
      list.scrollTop = list.scrollHeight;
      atNewest = true;
    },
  };
}
