import { $, el } from "/assets/shared/dom.js";

async function load() {
  const list = $("#rooms");
  try {
    const response = await fetch("/api/rooms");
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const rooms = await response.json();
    list.replaceChildren(
      ...rooms.map((room) =>
        el("li", {},
          el("div", { class: "name" }, room.name),
          el("a", { href: room.follow }, "Follow along"),
          el("a", { href: room.display }, "Projector"))),
    );
    if (rooms.length === 0) list.replaceChildren(el("li", { class: "muted" }, "No rooms yet."));
  } catch (error) {
    list.replaceChildren(el("li", { class: "muted" }, `Could not load the rooms: ${error.message}`));
  }
}

load();
