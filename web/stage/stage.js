// The speaker's view, for the confidence monitor or the presenter's laptop: the clock, the
// phase, the slide, the queue during the discussion, and the moderator's private cue. Its socket
// is opened with the stage's own secret: the server writes cues to such sockets alone.
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, el, text, show, roomFromPath, statusMark } from "/assets/shared/dom.js";
import { NowCard } from "/assets/shared/now-card.js";
import { reconcile } from "/assets/shared/reconcile.js";
import { floorLine, kindWords, turnWords } from "/assets/shared/floor.js";
import { Attention } from "/assets/shared/attention.js";

const key = new URLSearchParams(location.search).get("key") || "";
const card = new NowCard($("#now"), { titleLines: 2, names: true, clock: true });
let cue = null;
const attention = new Attention(card.slots.timer, $("#sound"));

const link = new RoomLink({
  room: roomFromPath(),
  key,
  onSnapshot(snapshot) {
    text($("#room-name"), snapshot.room.name);
    cue = snapshot.cue || null;
    draw(snapshot.state);
  },
  onEvent(message) {
    if (message.event.type === "cueGiven") cue = { text: message.event.text };
    if (message.event.type === "cueCleared") cue = null;
    draw(message.state);
  },
  onStatus: statusMark($("#status")),
});

function draw(state) {
  card.draw(state);
  text($("#cue"), cue ? cue.text : "");
  show($("#cue"), Boolean(cue));
  text($("#floor-line"), floorLine(state) || "Nobody is waiting to speak.");
  reconcile($("#queue"), state.queue || [], {
    key: (entry) => entry.id,
    make: () => el("li", {}, el("strong"), el("span", { class: "muted" }), el("div", { class: "point" })),
    update(item, entry) {
      text($("strong", item), entry.name);
      text($(".muted", item), ` · ${kindWords(entry.kind)}`);
      text($(".point", item), entry.point);
    },
  });
  tick();
}

function tick() {
  if (!link.state) return;
  card.tick(link.state, link.now(), link.thresholds);
  attention.watch(card.root.dataset.level, link.state.topic ? link.state.topic.id : null);
  text($("#turn"), turnWords(link.state, link.now()));
}

link.start(embeddedSnapshot());
setInterval(tick, 250);
