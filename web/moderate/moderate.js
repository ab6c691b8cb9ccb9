// The moderator's tablet: a live mirror of the projector and the controls that run the room.
// Every command goes over the socket; every refusal is shown with the server's reason. What
// ends or restarts a topic takes a second, deliberate press; the cut-off takes a one-second hold,
// and can be undone with the largest button on the screen.
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, el, text, show, roomFromPath, statusMark, focusOnControl } from "/assets/shared/dom.js";
import { NowCard } from "/assets/shared/now-card.js";
import { noteBox, toast as showToast } from "/assets/shared/note-writer.js";
import { SessionNotes, noteLines, followNewest } from "/assets/shared/notes.js";
import { reconcile } from "/assets/shared/reconcile.js";
import { ConfirmStep, Hold, disarmAll } from "/assets/shared/guard.js";
import { timeOfDay } from "/assets/shared/timer.js";
import { presenterList, commandWords, eventWords, presenceWords } from "/assets/shared/words.js";
import { modalDialog } from "/assets/moderate/dialog.js";
import { FloorPanel } from "/assets/moderate/floor-panel.js";
import { Attention } from "/assets/shared/attention.js";

const HOLD_MS = 900;

const key = new URLSearchParams(location.search).get("key") || "";
const card = new NowCard($("#now"), { titleLines: 2, names: true });
const notes = new SessionNotes();
const guards = new WeakMap();
const chat = followNewest($("#notes"));
const floorPanel = new FloorPanel($("#floor-panel"), run);
const attention = new Attention(card.slots.timer, $("#sound"));
let cue = null; // the speaker's private cue: this socket is the moderator's, so it carries it
let topics = ""; // the running and the next topic: a change disarms every armed button

const link = new RoomLink({
  room: roomFromPath(),
  key,
  onSnapshot(snapshot) {
    cue = snapshot.cue || null;
    text($("#room-name"), snapshot.room.name);
    notes.reset(snapshot.state, snapshot.notes || []);
    drawNotes();
    draw(snapshot.state);
  },
  onEvent(message) {
    if (message.event.type === "cueGiven") cue = { text: message.event.text };
    if (message.event.type === "cueCleared") cue = null;
    if (notes.apply(message)) drawNotes();
    draw(message.state);
    // Another tablet's action is announced, so that two moderators never undo each other.
    const what = link.fromOthers(message) ? eventWords(message.event) : "";
    if (what) toast(`${what} by ${message.by.name}`, "news");
  },
  onPresence(presence) {
    const words = presenceWords(presence);
    text($("#presence"), words);
    show($("#presence"), Boolean(words));
  },
  onStatus: statusMark($("#status")),
  onError: toast,
  onLate(command, result) {
    // The page said "no answer"; the room's answer came later. Say what really happened.
    const what = commandWords(command);
    toast(result.ok
      ? `Late answer: “${what}” did take effect after all`
      : `Late answer: “${what}” was refused: ${result.reason}`);
  },
});

// ---- commands --------------------------------------------------------------------------

async function run(command) {
  const result = await link.command(command);
  if (!result.ok) toast(result.reason);
  else if (result.alreadyDoneBy) {
    // Both tablets asked for the same step at once: it is done once, and this one says so.
    toast(`${commandWords(command)} was just done by ${result.alreadyDoneBy}: not done twice`, "news");
  }
  return result;
}

function toast(message, kind) {
  showToast($("#toasts"), message, kind);
}

function guard(button, confirm, command) {
  guards.set(button, new ConfirmStep(button, { confirm, run: () => run(command()) }));
  return guards.get(button);
}

const endTopic = guard($("#end-topic"), "Tap again to end", () => ({ type: "endTopic" }));
const nextTopic = guard($("#next-topic"), "Tap again: next topic", () => ({ type: "startTopic" }));
const endSession = guard($("#end-session"), "Tap again to end the session", () => ({ type: "endSession" }));

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
  const button = event.target.closest("button");
  if (!button || button.disabled) return;
  if (guards.has(button)) guards.get(button).press();
  else if (button.dataset.command || button.dataset.intervention) run(commandOf(button));
});

// A tap anywhere but on the armed button puts it back to rest.
document.addEventListener("pointerdown", (event) => {
  const button = event.target.closest("button.armed");
  if (!button) disarmAll();
});

$("#timer-toggle").addEventListener("click", () => toggleTimer());
$("#undo-button").addEventListener("click", () => run({ type: "undoCutOff" }));

function toggleTimer() {
  const timer = link.state && link.state.timer;
  if (timer) run({ type: timer.running ? "pauseTimer" : "startTimer" });
}

// ---- the cut-off: held for a second, never tapped --------------------------------------

const cutOffButton = $("#cut-off-button");
const cutOffHold = new Hold(cutOffButton, {
  ms: HOLD_MS,
  run() {
    const reason = $("#cut-off-reason").value.trim();
    run(reason ? { type: "cutOff", reason } : { type: "cutOff" }).then((result) => {
      if (result.ok) $("#cut-off-reason").value = "";
    });
  },
  show(state) {
    cutOffButton.classList.toggle("holding", state === "holding");
    const words = {
      rest: "Hold to cut off the pitch",
      holding: "Keep holding…",
      short: "Hold for a second to cut off",
    };
    text($(".label", cutOffButton), words[state]);
  },
});

// ---- drawing ---------------------------------------------------------------------------

function draw(state) {
  card.draw(state);
  floorPanel.update(state, cue);
  const topic = Boolean(state.topic);
  for (const button of document.querySelectorAll("[data-needs=topic]")) button.disabled = !topic;
  text($("#timer-toggle"), state.timer && state.timer.running ? "Pause timer" : "Start timer");
  const discussion = $("#discussion-button");
  discussion.disabled = !topic || (state.phase === "discussion" && !state.cutOff);
  text(discussion, state.cutOff ? "Back to discussion" : "Start discussion");
  const next = $("#next-topic");
  next.disabled = !state.next;
  nextTopic.rest(state.next ? (topic ? "Next topic →" : "Start next topic ▶") : "No more topics");
  next.title = state.next ? `${state.next.title} — ${presenterList(state.next.presenters)}` : "";
  const now = `${state.topic ? state.topic.id : ""}/${state.next ? state.next.id : ""}`;
  if (now !== topics) {
    topics = now;
    disarmAll();
  }
  show($("#cut-off-reason"), !state.cutOff);
  show($("#undo-text"), state.cutOff);
  show(cutOffButton, !state.cutOff);
  show($("#undo-button"), state.cutOff);
  drawAgenda(state);
  tick();
}

function drawAgenda(state) {
  const session = state.session ? state.session.id : null;
  const items = state.agenda.filter((item) => item.sessionId === session);
  reconcile($("#agenda"), items, {
    key: (item) => item.id,
    make: () =>
      el("li", {},
        el("div", { class: "what" }, el("div", { class: "title" }), el("div", { class: "who" })),
        el("div", { class: "actions" })),
    update(item, topic) {
      text($(".title", item), topic.title);
      text($(".who", item), [presenterList(topic.presenters), topic.category].filter(Boolean).join(" · "));
      const look = `${topic.status} ${topic.title}`;
      if (item.dataset.look === look) return;
      item.dataset.look = look;
      item.dataset.status = topic.status;
      $(".actions", item).replaceChildren(...agendaActions(topic));
    },
  });
  $("#end-session").disabled = !state.topic && !items.some((item) => item.status === "coming");
}

/** What can be done with a topic of the programme; every button is named as it reads. */
function agendaActions(topic) {
  const start = { type: "startTopic", id: topic.id };
  switch (topic.status) {
    case "current":
      return [el("span", { class: "mark" }, "on now")];
    case "done":
      return [el("span", { class: "mark" }, "✓ done"), agendaButton("Again", topic, start)];
    case "skipped":
      return [el("span", { class: "mark" }, "skipped"), agendaButton("Start", topic, start)];
    default:
      return [
        agendaButton("Skip", topic, { type: "skipTopic", id: topic.id }),
        agendaButton("Start", topic, start),
      ];
  }
}

function agendaButton(word, topic, command) {
  const button = el("button", { type: "button" },
    el("span", { class: "label" }, word),
    el("span", { class: "sr-only" }, ` “${topic.title}”`));
  guard(button, "Confirm", () => command);
  return button;
}

function drawNotes() {
  const following = chat.following;
  reconcile($("#notes"), notes.visible(), noteLines);
  if (following) chat.toNewest();
}

function tick() {
  const state = link.state;
  if (!state) return;
  const now = link.now();
  card.tick(state, now, link.thresholds);
  attention.watch(card.root.dataset.level, state.topic ? state.topic.id : null);
  floorPanel.tick(state, now);
  if (state.cutOff) {
    const left = Math.ceil((state.undoUntil - now) / 1000);
    const undo = $("#undo-button");
    undo.disabled = left <= 0;
    text(undo, left > 0 ? `Undo cut-off · ${left} s` : "Too late to undo");
    text($("#undo-text"), `Pitch cut off at ${timeOfDay(state.cutOffAt)}${left > 0 ? "" : ": start the discussion or end the topic"}`);
  }
}

// ---- notes -----------------------------------------------------------------------------

noteBox($("#note-form"), $("#note-text"), run);

// ---- keyboard --------------------------------------------------------------------------

const help = modalDialog($("#help"), $("#help-close"), $("#help-button"));
$("#help-button").addEventListener("click", () => help.open());

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
  n: () => nextTopic.press(),
  e: () => endTopic.press(),
  u: () => run({ type: "undoCutOff" }),
  o: () => run({ type: "intervene", intervention: "offTopic" }),
  m: () => run({ type: "intervene", intervention: "mailingList" }),
  Enter: () => $("#note-text").focus(),
  "?": () => help.open(),
};

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    disarmAll();
    // Escape leaves a control, so that shortcuts work again; in the help it closes the help.
    if (!help.isOpen() && !event.target.closest("dialog") && focusOnControl(document.activeElement)) {
      document.activeElement.blur();
    }
    return;
  }
  if (help.isOpen() || focusOnControl(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
  const name = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (name === "x") {
    event.preventDefault();
    if (!event.repeat) cutOffHold.start();
    return;
  }
  const action = SHORTCUTS[name];
  if (action) {
    event.preventDefault();
    action();
  }
});
document.addEventListener("keyup", (event) => {
  if (event.key.toLowerCase() === "x") cutOffHold.stop();
});

link.start(embeddedSnapshot());
setInterval(tick, 250);
