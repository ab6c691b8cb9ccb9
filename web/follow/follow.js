// The attendee's phone: what is on, the timer, the session's notes as they are written, and
// the programme. The page arrives with the room's snapshot, so it is useful before the socket.
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, el, text, show, roomFromPath, presenters, statusMark } from "/assets/shared/dom.js";
import { NowCard } from "/assets/shared/now-card.js";
import { SessionNotes, timeOfDay, noteBody } from "/assets/shared/notes.js";

const card = new NowCard($("#now"));
const notes = new SessionNotes();
let thresholds = { warningMs: 120_000, dangerMs: 0 };
let titles = new Map();

const link = new RoomLink({
  room: roomFromPath(),
  onSnapshot(snapshot) {
    thresholds = snapshot.thresholds;
    text($("#room-name"), snapshot.room.name);
    document.title = `${snapshot.room.name} — Gavel`;
    notes.reset(snapshot.state, snapshot.notes || []);
    draw(snapshot.state);
    drawNotes(true);
  },
  onEvent(message) {
    const changed = notes.apply(message);
    draw(message.state);
    if (changed) drawNotes(false);
  },
  onStatus: statusMark($("#status")),
});

function draw(state) {
  titles = new Map(state.agenda.map((item) => [item.id, item.title]));
  card.draw(state);
  card.tick(state, link.now(), thresholds);
  text($("#session-title"), state.session ? `· ${state.session.title}` : "");
  const session = state.session ? state.session.id : null;
  $("#agenda").replaceChildren(
    ...state.agenda
      .filter((item) => item.sessionId === session)
      .map((item) =>
        el("li", { "data-status": item.status },
          el("div", { class: "title" }, item.title),
          el("div", { class: "who" }, [presenters(item.presenters), item.category].filter(Boolean).join(" · ")))),
  );
}

/** Notes, newest at the bottom; follows the newest unless the reader scrolled up to read. */
function drawNotes(first) {
  const list = $("#notes");
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  const items = [];
  let topic;
  const lines = notes.visible();
  for (const note of lines) {
    if (note.topicId !== topic) {
      topic = note.topicId;
      items.push(el("li", { class: "topic-label" }, titles.get(topic) || "Between topics"));
    }
    items.push(el("li", { "data-seq": note.seq }, el("time", {}, timeOfDay(note.at)), noteBody(note)));
  }
  list.replaceChildren(...items);
  show($("#no-notes"), lines.length === 0);
  if (first || atBottom) {
    list.scrollTop = list.scrollHeight;
    show($("#new-notes"), false);
  } else {
    show($("#new-notes"), true);
  }
}

$("#notes").addEventListener("scroll", () => {
  const list = $("#notes");
  if (list.scrollHeight - list.scrollTop - list.clientHeight < 40) show($("#new-notes"), false);
});
$("#new-notes").addEventListener("click", () => {
  const list = $("#notes");
  list.scrollTo({ top: list.scrollHeight, behavior: "smooth" });
  show($("#new-notes"), false);
});

link.start(embeddedSnapshot());
setInterval(() => card.tick(link.state, link.now(), thresholds), 250);
