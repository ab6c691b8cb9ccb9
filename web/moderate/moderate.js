// The moderator's tablet: a live mirror of the projector and the controls that run the room.
// Every command goes over the socket; every refusal is shown with the server's reason.
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, el, text, show, roomFromPath, presenters, statusMark } from "/assets/shared/dom.js";
import { NowCard } from "/assets/shared/now-card.js";
import { noteBox, toast as showToast } from "/assets/shared/note-writer.js";
import { SessionNotes, timeOfDay, noteBody } from "/assets/shared/notes.js";

const HOLD_MS = 900;
const ARMED_MS = 3_000;

const key = new URLSearchParams(location.search).get("key") || "";
const card = new NowCard($("#now"));
const notes = new SessionNotes();
let thresholds = { warningMs: 120_000, dangerMs: 0 };

const link = new RoomLink({
  room: roomFromPath(),
  key,
  onSnapshot(snapshot) {
    thresholds = snapshot.thresholds;
    text($("#room-name"), snapshot.room.name);
    notes.reset(snapshot.state, snapshot.notes || []);
    drawNotes();
    draw(snapshot.state);
  },
  onEvent(message) {
    if (notes.apply(message)) drawNotes();
    draw(message.state);
  },
  onStatus: statusMark($("#status")),
  onError(message) {
    toast(message);
  },
});

// ---- drawing ---------------------------------------------------------------------------

function draw(state) {
  card.draw(state);
  const topic = Boolean(state.topic);
  for (const button of document.querySelectorAll("[data-needs=topic]")) button.disabled = !topic;
  const timerButton = $("#timer-toggle");
  text(timerButton, state.timer && state.timer.running ? "Pause timer" : "Start timer");
  const discussion = $("#discussion-button");
  discussion.disabled = !topic || (state.phase === "discussion" && !state.cutOff);
  text(discussion, state.cutOff ? "Back to discussion" : "Start discussion");
  const next = $("#next-topic");
  next.disabled = !state.next;
  text(next, state.next ? (topic ? "Next topic →" : "Start next topic ▶") : "No more topics");
  next.title = state.next ? `${state.next.title} — ${presenters(state.next.presenters)}` : "";
  show($("#cut-off-button"), !state.cutOff);
  show($("#undo-bar"), state.cutOff);
  drawAgenda(state);
  tick();
}

function drawAgenda(state) {
  const session = state.session ? state.session.id : null;
  const items = state.agenda.filter((item) => item.sessionId === session);
  $("#agenda").replaceChildren(
    ...items.map((item) =>
      el("li", { "data-status": item.status, "data-topic": item.id },
        el("div", { class: "what" },
          el("div", {}, item.title),
          el("div", { class: "who" }, [presenters(item.presenters), item.category].filter(Boolean).join(" · "))),
        item.status === "current"
          ? el("span", { class: "muted" }, "on now")
          : el("button", {
              type: "button",
              "aria-label": `Start “${item.title}”`,
              onclick: () => run({ type: "startTopic", id: item.id }),
            }, item.status === "done" ? "Again" : "Start"))),
  );
}

function drawNotes() {
  const list = $("#notes");
  list.replaceChildren(
    ...notes.visible().map((note) => el("li", {}, el("time", {}, timeOfDay(note.at)), noteBody(note))),
  );
  list.scrollTop = list.scrollHeight;
}

function tick() {
  const state = link.state;
  if (!state) return;
  const now = link.now();
  card.tick(state, now, thresholds);
  if (state.cutOff) {
    const left = Math.ceil((state.undoUntil - now) / 1000);
    show($("#undo-button"), left > 0);
    text($("#undo-text"), left > 0 ? `Pitch cut off — undo within ${left} s` : "Pitch cut off.");
  }
}

// ---- commands --------------------------------------------------------------------------

async function run(command) {
  const result = await link.command(command);
  if (!result.ok) toast(result.reason);
  return result;
}

function toast(message) {
  showToast($("#toasts"), message);
}

function commandOf(button) {
  if (button.dataset.intervention) {
    const intervention = button.dataset.intervention;
    return intervention === "timeExtension"
      ? { type: "intervene", intervention, minutes: Number($("#extension-minutes").value) }
      : { type: "intervene", intervention };
  }
  const type = button.dataset.command;
  if (type === "addTime") return { type, seconds: Number(button.dataset.seconds) };
  return { type };
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-command], button[data-intervention]");
  if (button && !button.disabled) run(commandOf(button));
});

$("#timer-toggle").addEventListener("click", () => toggleTimer());
$("#undo-button").addEventListener("click", () => run({ type: "undoCutOff" }));

function toggleTimer() {
  const timer = link.state && link.state.timer;
  if (timer) run({ type: timer.running ? "pauseTimer" : "startTimer" });
}

// ---- the cut-off: hold to confirm, or tap twice ----------------------------------------

const cutOffButton = $("#cut-off-button");
let holdTimer = null;
let armedTimer = null;
let justHeld = false;

function cutOff() {
  clearTimeout(armedTimer);
  disarm();
  const reason = $("#cut-off-reason").value.trim();
  run(reason ? { type: "cutOff", reason } : { type: "cutOff" }).then((result) => {
    if (result.ok) $("#cut-off-reason").value = "";
  });
}

function arm() {
  cutOffButton.classList.add("armed");
  text($(".label", cutOffButton), "Tap again to cut off the pitch");
  clearTimeout(armedTimer);
  armedTimer = setTimeout(disarm, ARMED_MS);
}

function disarm() {
  cutOffButton.classList.remove("armed", "holding");
  text($(".label", cutOffButton), "Hold to cut off the pitch");
}

cutOffButton.style.setProperty("--hold-ms", `${HOLD_MS}ms`);
cutOffButton.addEventListener("pointerdown", (event) => {
  if (cutOffButton.disabled || event.button !== 0) return;
  cutOffButton.classList.add("holding");
  holdTimer = setTimeout(() => {
    holdTimer = null;
    justHeld = true;
    cutOff();
  }, HOLD_MS);
});
for (const type of ["pointerup", "pointerleave", "pointercancel"]) {
  cutOffButton.addEventListener(type, () => {
    if (holdTimer) {
      clearTimeout(holdTimer);
      holdTimer = null;
      cutOffButton.classList.remove("holding");
    }
  });
}
cutOffButton.addEventListener("click", () => {
  if (justHeld) {
    justHeld = false; // the click that ends a completed hold
    return;
  }
  if (cutOffButton.classList.contains("armed")) cutOff();
  else arm();
});
cutOffButton.addEventListener("contextmenu", (event) => event.preventDefault());

// ---- notes -----------------------------------------------------------------------------

noteBox($("#note-form"), $("#note-text"), run);

// ---- keyboard --------------------------------------------------------------------------

const help = $("#help");
function openHelp(open) {
  show(help, open);
  if (open) $("#help-close").focus();
}
$("#help-button").addEventListener("click", () => openHelp(true));
$("#help-close").addEventListener("click", () => openHelp(false));
help.addEventListener("click", (event) => {
  if (event.target === help) openHelp(false);
});

const SHORTCUTS = {
  ArrowRight: () => run({ type: "nextSlide" }),
  PageDown: () => run({ type: "nextSlide" }),
  ArrowLeft: () => run({ type: "previousSlide" }),
  PageUp: () => run({ type: "previousSlide" }),
  " ": () => toggleTimer(),
  "+": () => run({ type: "addTime", seconds: 60 }),
  "=": () => run({ type: "addTime", seconds: 60 }),
  "-": () => run({ type: "addTime", seconds: -60 }),
  d: () => run({ type: "startDiscussion" }),
  n: () => run({ type: "startTopic" }),
  e: () => run({ type: "endTopic" }),
  u: () => run({ type: "undoCutOff" }),
  o: () => run({ type: "intervene", intervention: "offTopic" }),
  m: () => run({ type: "intervene", intervention: "mailingList" }),
  x: () => (cutOffButton.classList.contains("armed") ? cutOff() : arm()),
  Enter: () => $("#note-text").focus(),
  "?": () => openHelp(help.hidden),
};

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    openHelp(false);
    if (document.activeElement) document.activeElement.blur();
    return;
  }
  const typing = event.target.closest("input, textarea, select");
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const action = SHORTCUTS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
  if (action && (help.hidden || event.key === "?")) {
    event.preventDefault();
    action();
  }
});

link.start(embeddedSnapshot());
setInterval(tick, 250);
