// The note-taker's page: write lines, correct them, strike them. Several note-takers can work
// at once: a correction names the version it was made from, and the server refuses it if
// somebody else changed the line meanwhile.
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, el, text, show, roomFromPath, statusMark } from "/assets/shared/dom.js";
import { NowCard } from "/assets/shared/now-card.js";
import { SessionNotes, timeOfDay, noteBody } from "/assets/shared/notes.js";
import { noteBox, toast } from "/assets/shared/note-writer.js";

const key = new URLSearchParams(location.search).get("key") || "";
const card = new NowCard($("#now"));
const notes = new SessionNotes();
let thresholds = { warningMs: 120_000, dangerMs: 0 };
let editing = null; // the seq of the line being corrected

const link = new RoomLink({
  room: roomFromPath(),
  key,
  onSnapshot(snapshot) {
    thresholds = snapshot.thresholds;
    text($("#room-name"), snapshot.room.name);
    notes.reset(snapshot.state, snapshot.notes || []);
    draw(snapshot.state);
  },
  onEvent(message) {
    const changed = notes.apply(message);
    card.draw(message.state);
    if (changed) drawNotes();
  },
  onStatus: statusMark($("#status")),
  onError: (message) => toast($("#toasts"), message),
});

async function run(command) {
  const result = await link.command(command);
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

function drawNotes() {
  $("#notes").replaceChildren(...notes.notes.map(line));
  show($("#no-notes"), notes.notes.length === 0);
}

function line(note) {
  const item = el("li", { "data-seq": note.seq, class: note.struck ? "struck" : "" },
    el("time", {}, timeOfDay(note.at)));
  if (editing === note.seq) {
    item.append(editor(note));
    return item;
  }
  item.append(noteBody(note));
  if (note.struck) {
    item.append(el("span", { class: "struck-label" }, "struck"));
    return item;
  }
  if (note.editedAt) item.append(el("span", { class: "edited" }, "edited"));
  item.append(el("div", { class: "actions" },
    el("button", { type: "button", onclick: () => edit(note.seq) }, "Edit"),
    el("button", { type: "button", class: "danger", onclick: (event) => strike(event.target, note) }, "Strike")));
  return item;
}

function editor(note) {
  const box = el("textarea", { rows: 2, maxlength: 4000, "aria-label": "Corrected line" });
  box.value = note.text;
  const form = el("form", {},
    box,
    el("div", {},
      el("button", { type: "submit", class: "primary" }, "Save"),
      el("button", { type: "button", onclick: () => edit(null) }, "Cancel")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const result = await run({ type: "correctNote", note: note.seq, version: note.version, text: box.value });
    if (result.ok) edit(null);
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Escape") edit(null);
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  queueMicrotask(() => box.focus());
  return form;
}

function edit(seq) {
  editing = seq;
  drawNotes();
}

/** Striking takes a second tap, so a slip of the finger does not take a line back. */
function strike(button, note) {
  if (button.dataset.armed) {
    run({ type: "strikeNote", note: note.seq });
    return;
  }
  button.dataset.armed = "yes";
  text(button, "Strike it?");
  setTimeout(() => {
    delete button.dataset.armed;
    text(button, "Strike");
  }, 3_000);
}

noteBox($("#note-form"), $("#note-text"), run);
link.start(embeddedSnapshot());
setInterval(() => card.tick(link.state, link.now(), thresholds), 250);
