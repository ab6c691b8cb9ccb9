// The note-taker's page: write lines, correct them, strike them. Several note-takers work at
// once: a line being corrected is never redrawn by what others write; a correction names the
// version it was opened from, and when somebody else changed the line meanwhile both texts are
// shown and the writer chooses.
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, el, text, show, roomFromPath, statusMark } from "/assets/shared/dom.js";
import { NowCard } from "/assets/shared/now-card.js";
import { SessionNotes, noteBody, fillNoteBody, followNewest } from "/assets/shared/notes.js";
import { noteBox, toast } from "/assets/shared/note-writer.js";
import { reconcile } from "/assets/shared/reconcile.js";
import { ConfirmStep, disarmAll } from "/assets/shared/guard.js";
import { timeOfDay } from "/assets/shared/timer.js";
import { presenceWords } from "/assets/shared/words.js";

const key = new URLSearchParams(location.search).get("key") || "";
const card = new NowCard($("#now"));
const notes = new SessionNotes();
/** Lines being corrected, by seq: the version and text each was opened from. */
const editing = new Map();
const chat = followNewest($("#notes"), () => editing.size === 0);
let followOnce = false;

// The writer's name is kept with each line they write or correct, and remembered on this laptop.
const NAME_KEY = "gavel.writer-name";
const nameBox = $("#writer-name");
nameBox.value = localStorage.getItem(NAME_KEY) || "";
nameBox.addEventListener("change", () => {
  nameBox.value = nameBox.value.trim();
  localStorage.setItem(NAME_KEY, nameBox.value);
});

/** A command of this writer's, with their name when they gave one. */
function signed(command) {
  const by = nameBox.value.trim();
  return by ? { ...command, by } : command;
}

const link = new RoomLink({
  room: roomFromPath(),
  key,
  name: nameBox.value.trim(),
  onPresence(presence) {
    const words = presenceWords(presence);
    text($("#presence"), words);
    show($("#presence"), Boolean(words));
  },
  onSnapshot(snapshot) {
    text($("#room-name"), snapshot.room.name);
    notes.reset(snapshot.state, snapshot.notes || []);
    followOnce = true;
    draw(snapshot.state);
  },
  onEvent(message) {
    notes.apply(message);
    draw(message.state);
  },
  onStatus: statusMark($("#status")),
  onError: (message) => toast($("#toasts"), message),
});

async function run(command) {
  const result = await link.command(signed(command));
  if (!result.ok) toast($("#toasts"), result.reason);
  return result;
}

function draw(state) {
  card.draw(state);
  const page = $("#notes-page");
  show(page, Boolean(state.session));
  if (state.session) page.href = `/sessions/${state.session.id}/notes`;
  drawNotes();
}

/** The lines like a chat: a writer at the newest line stays there as lines arrive. */
function drawNotes() {
  const following = followOnce || chat.following;
  followOnce = false;
  reconcile($("#notes"), notes.notes, { key: (note) => note.seq, make: () => el("li", {}), update: line });
  show($("#no-notes"), notes.notes.length === 0);
  if (following) chat.toNewest();
}

function line(item, note) {
  item.dataset.seq = note.seq;
  item.classList.toggle("struck", note.struck);
  const opened = editing.get(note.seq);
  if (opened) {
    // The writer's box is theirs: only the word of what changed meanwhile is brought up to date.
    if (!item.querySelector("form")) item.replaceChildren(when(note), editor(note, opened));
    meanwhile(item, note, opened);
    return;
  }
  const look = `${note.version}`;
  if (item.dataset.look === look && !item.querySelector("form")) return;
  item.dataset.look = look;
  item.replaceChildren(...view(note));
}

function when(note) {
  return el("time", { datetime: new Date(note.at).toISOString() }, timeOfDay(note.at));
}

/** Who wrote the line, when they gave a name. */
function writer(note) {
  return note.by ? [el("span", { class: "by", dir: "auto" }, note.by)] : [];
}

function view(note) {
  const parts = [when(note), ...writer(note), noteBody(note)];
  if (note.struck) return [...parts, el("span", { class: "struck-label" }, "struck")];
  if (note.editedAt) parts.push(el("span", { class: "edited" }, note.correctedBy ? `edited by ${note.correctedBy}` : "edited"));
  const strike = el("button", { type: "button", class: "danger" }, "Strike");
  const step = new ConfirmStep(strike, { confirm: "Strike it?", run: () => run({ type: "strikeNote", note: note.seq }) });
  strike.addEventListener("click", () => step.press());
  parts.push(el("div", { class: "actions" },
    el("button", { type: "button", onclick: () => open(note) }, "Edit"),
    strike));
  return parts;
}

function open(note) {
  editing.set(note.seq, { version: note.version, text: note.text });
  drawNotes();
}

function close(seq) {
  editing.delete(seq);
  drawNotes();
}

function editor(note, opened) {
  const box = el("textarea", { rows: 2, maxlength: 4000, "aria-label": "Corrected line" });
  box.value = opened.text;
  const form = el("form", { class: "editor" },
    box,
    el("div", { class: "conflict", hidden: true }),
    el("div", { class: "buttons" },
      el("button", { type: "submit", class: "primary" }, "Save"),
      el("button", { type: "button", onclick: () => close(note.seq) }, "Cancel")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save(note.seq, box.value);
  });
  box.addEventListener("input", () => {
    const yours = form.querySelector(".yours");
    if (yours) text(yours, box.value);
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close(note.seq);
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  queueMicrotask(() => box.focus());
  return form;
}

/** A correction checked against the version it was opened from. */
async function save(seq, words) {
  const opened = editing.get(seq);
  if (!opened) return;
  const result = await link.command(signed({ type: "correctNote", note: seq, version: opened.version, text: words }));
  if (result.ok) {
    close(seq);
  } else if (!conflicted(seq)) {
    toast($("#toasts"), result.reason);
  }
}

function conflicted(seq) {
  const note = notes.find(seq);
  const opened = editing.get(seq);
  return Boolean(note && opened && note.version !== opened.version);
}

/** When somebody else changed or struck the line being corrected: both texts, and a choice. */
function meanwhile(item, note, opened) {
  const panel = item.querySelector(".conflict");
  const box = item.querySelector("textarea");
  if (note.version === opened.version) {
    show(panel, false);
    return;
  }
  if (panel.dataset.version === String(note.version)) return;
  panel.dataset.version = note.version;
  const theirs = el("blockquote", { class: "text", dir: "auto" });
  fillNoteBody(theirs, note);
  const keepMine = note.struck
    ? el("button", { type: "button", class: "primary", onclick: () => writeAsNew(note.seq, box.value) }, "Write mine as a new line")
    : el("button", { type: "button", class: "primary", onclick: () => overwrite(note, box.value) }, "Save mine over theirs");
  panel.replaceChildren(
    el("h3", {}, note.struck
      ? "Somebody struck this line meanwhile"
      : `${note.correctedBy || "Somebody"} changed this line meanwhile`),
    el("div", { class: "version" }, el("span", {}, note.struck ? "Theirs, struck" : "Theirs, now"), theirs),
    el("div", { class: "version" }, el("span", {}, "Yours"), el("blockquote", { class: "yours", dir: "auto" }, box.value)),
    el("div", { class: "buttons" },
      keepMine,
      el("button", { type: "button", onclick: () => close(note.seq) }, note.struck ? "Discard mine" : "Keep theirs")));
  show(panel, true);
}

function overwrite(note, words) {
  editing.set(note.seq, { version: note.version, text: words });
  save(note.seq, words);
}

async function writeAsNew(seq, words) {
  const result = await run({ type: "note", text: words });
  if (result.ok) close(seq);
}

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") disarmAll();
});
noteBox($("#note-form"), $("#note-text"), async (command) => {
  followOnce = true;
  return run(command);
});
link.start(embeddedSnapshot());
setInterval(() => card.tick(link.state, link.now(), link.thresholds), 250);
