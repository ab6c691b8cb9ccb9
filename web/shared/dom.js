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

/** Whether keyboard focus is on something that takes keys itself: then shortcuts stay away. */
export function focusOnControl(target) {
  return Boolean(
    target &&
      target.closest &&
      target.closest("button, a[href], input, select, textarea, summary, [contenteditable], [role=button], dialog"),
  );
}

/** The label each screen uses for the connection. A lost one says so in words. */
const STATUS_LABELS = {
  live: "live",
  connecting: "connecting…",
  offline: "No connection — reconnecting…",
  reconnecting: "No connection — reconnecting…",
};

/** Shows the connection's status in a .status element: a dot and its words. */
export function statusMark(element) {
  return (status) => {
    element.dataset.status = status;
    text(element, STATUS_LABELS[status]);
  };
}
