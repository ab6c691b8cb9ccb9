// The attendee's phone: what is on, the timer, the session's notes as they are written, and
// the programme. The page arrives with the room's snapshot, so it is useful before the socket.
// The page is the one scroll area; a reader at the newest note is kept there as lines arrive,
// one who scrolled away is told of them in the header, and a screen reader hears each new note
// (never the running clock).
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, el, text, show, roomFromPath, statusMark } from "/assets/shared/dom.js";
import { NowCard } from "/assets/shared/now-card.js";
import { SessionNotes, noteLines, plainText } from "/assets/shared/notes.js";
import { reconcile } from "/assets/shared/reconcile.js";
import { presenterList } from "/assets/shared/words.js";
import { floorLine } from "/assets/shared/floor.js";
import { Hand } from "/assets/follow/hand.js";

const card = new NowCard($("#now"));
const hand = new Hand($("#hand"), roomFromPath());
const notes = new SessionNotes();
let titles = new Map();
let topicOnNow;

const link = new RoomLink({
  room: roomFromPath(),
  onSnapshot(snapshot) {
    text($("#room-name"), snapshot.room.name);
    document.title = `${snapshot.room.name} — Gavel`;
    notes.reset(snapshot.state, snapshot.notes || []);
    draw(snapshot.state);
    drawNotes(false);
  },
  onEvent(message) {
    const following = newestInView();
    const changed = notes.apply(message);
    draw(message.state);
    if (changed) drawNotes(following);
    if (message.event.type === "noteWritten" && message.note && !message.note.struck) {
      announce(`New note: ${plainText(message.note)}`);
    }
  },
  onStatus: statusMark($("#status")),
});

function draw(state) {
  titles = new Map(state.agenda.map((item) => [item.id, item.title]));
  card.draw(state);
  card.tick(state, link.now(), link.thresholds);
  hand.update(state);
  text($("#floor-line"), floorLine(state) || "Nobody is waiting to speak.");
  text($("#room-message"), state.roomMessage ? state.roomMessage.text : "");
  show($("#room-message"), Boolean(state.roomMessage));
  text($("#session-title"), state.session ? `· ${state.session.title}` : "");
  const session = state.session ? state.session.id : null;
  reconcile($("#agenda"), state.agenda.filter((item) => item.sessionId === session), {
    key: (item) => item.id,
    make: () => el("li", {}, el("div", { class: "title" }), el("div", { class: "who" })),
    update(item, topic) {
      item.dataset.status = topic.status;
      text($(".title", item), topic.title);
      text($(".who", item), [presenterList(topic.presenters), topic.category].filter(Boolean).join(" · "));
    },
  });
  drawPast(state);
  const now = state.topic ? state.topic.id : null;
  if (topicOnNow !== undefined && now !== topicOnNow && state.topic) announce(`Now: ${state.topic.title}`);
  topicOnNow = now;
}

/**
 * The session just over joins the sessions so far, with its notes and report; the page came with
 * the earlier ones. Over means: something of it ran, nothing of it runs now or is left to run.
 */
function drawPast(state) {
  if (!state.session || state.topic) return;
  const items = state.agenda.filter((item) => item.sessionId === state.session.id);
  const over = items.some((item) => item.status === "done") && !items.some((item) => item.status === "coming");
  const id = String(state.session.id);
  if (!over || [...$("#past").children].some((item) => item.dataset.key === id)) return;
  $("#past").append(el("li", { "data-key": id },
    el("span", { class: "title" }, state.session.title),
    el("a", { href: `/sessions/${id}/notes` }, "Notes"),
    el("a", { href: `/sessions/${id}/report` }, "Report")));
}

/** Notes, newest at the bottom, under a label for each topic they belong to. */
function drawNotes(follow) {
  const entries = [];
  let topic;
  const lines = notes.visible();
  for (const note of lines) {
    if (note.topicId !== topic) {
      topic = note.topicId;
      entries.push({ label: titles.get(topic) || "Between topics", key: `topic-${note.seq}` });
    }
    entries.push(note);
  }
  const before = newest();
  reconcile($("#notes"), entries, {
    key: (entry) => (entry.label === undefined ? entry.seq : entry.key),
    make: (entry) => (entry.label === undefined ? noteLines.make() : el("li", { class: "topic-label" })),
    update: (item, entry) => (entry.label === undefined ? noteLines.update(item, entry) : text(item, entry.label)),
  });
  show($("#no-notes"), lines.length === 0);
  const after = newest();
  if (!after || after === before) return;
  if (follow) after.scrollIntoView({ block: "nearest" });
  else if (before) show($("#new-notes"), true);
}

function newest() {
  const lines = document.querySelectorAll("#notes li[data-seq]");
  return lines.length ? lines[lines.length - 1] : null;
}

/** Whether the reader can see the newest note, below the header. */
function newestInView() {
  const line = newest();
  if (!line) return true;
  const box = line.getBoundingClientRect();
  return box.top < innerHeight && box.bottom > $(".bar").getBoundingClientRect().bottom;
}

function announce(message) {
  text($("#announcer"), message);
}

addEventListener("scroll", () => {
  if (newestInView()) show($("#new-notes"), false);
}, { passive: true });
$("#new-notes").addEventListener("click", () => {
  const line = newest();
  if (line) line.scrollIntoView({ block: "end", behavior: "smooth" });
  show($("#new-notes"), false);
});

link.start(embeddedSnapshot());
setInterval(() => card.tick(link.state, link.now(), link.thresholds), 250);
