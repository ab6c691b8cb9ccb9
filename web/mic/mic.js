// The mic runner's phone: who has the microphone, and who gets it next with where they sit. It
// only watches; its link carries its own secret so the room's seat hints stay with the crew.
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, el, text, show, roomFromPath, statusMark } from "/assets/shared/dom.js";
import { reconcile } from "/assets/shared/reconcile.js";
import { kindWords } from "/assets/shared/floor.js";

const key = new URLSearchParams(location.search).get("key") || "";

const link = new RoomLink({
  room: roomFromPath(),
  key,
  onSnapshot(snapshot) {
    text($("#room-name"), snapshot.room.name);
    draw(snapshot.state);
  },
  onEvent(message) {
    draw(message.state);
  },
  onStatus: statusMark($("#status")),
});

function seatOf(entry) {
  return entry.seat ? entry.seat : "seat not given";
}

function draw(state) {
  const speaking = state.speaking ? state.speaking.entry : null;
  text($("#speaking"), speaking ? `${speaking.name} — ${seatOf(speaking)}` : "Nobody");
  const queue = state.queue || [];
  show($("#nobody"), queue.length === 0);
  reconcile($("#next"), queue, {
    key: (entry) => entry.id,
    make: () => el("li", {}, el("strong", { class: "seat" }), el("span", { class: "who" })),
    update(item, entry) {
      text($(".seat", item), seatOf(entry));
      text($(".who", item), `${entry.name} · ${kindWords(entry.kind)}`);
    },
  });
}

link.start(embeddedSnapshot());
