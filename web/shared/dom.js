// A few DOM helpers. Text always goes in as text: nothing a user typed becomes markup.

export const $ = (selector, root = document) => root.querySelector(selector);

/** el("li", {class: "done"}, "text", child) */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  element.append(...children.flat().filter((child) => child != null && child !== false));
  return element;
}

export function text(element, value) {
  const next = value == null ? "" : String(value);
  if (element.textContent !== next) element.textContent = next;
}

export function show(element, visible) {
  element.hidden = !visible;
}

/** The room's slug from a page address such as /rooms/networking/display. */
export function roomFromPath() {
  const match = location.pathname.match(/^\/rooms\/([a-z0-9-]+)/);
  return match ? match[1] : null;
}

export function presenters(list) {
  return (list || []).join(", ");
}

/**
 * Who the topic asked to be in the room, as one line: "Asked to be here: Jamal (tc) ✓, Dave (VRF)".
 * Confirmed people are ticked; people who declined are left out. Empty when nobody was asked.
 */
export function stakeholders(list) {
  const coming = (list || []).filter((person) => person.state !== "declined");
  if (coming.length === 0) return "";
  const names = coming.map((person) =>
    `${person.name}${person.area ? ` (${person.area})` : ""}${person.state === "confirmed" ? " ✓" : ""}`);
  return `Asked to be here: ${names.join(", ")}`;
}

/** The label each screen uses for the connection. */
export const STATUS_LABELS = {
  live: "live",
  connecting: "connecting…",
  reconnecting: "reconnecting…",
};

/** Shows the connection's status in a .status element: a coloured dot and its label. */
export function statusMark(element) {
  return (status) => {
    element.dataset.status = status;
    text(element, STATUS_LABELS[status]);
  };
}
