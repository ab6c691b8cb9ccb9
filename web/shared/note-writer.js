// The box notes are written in, on the tablet and the note-taker's laptop: Enter sends the
// line; a pasted block is sent line by line; a line the server did not take goes back in the box.
import { el } from "/assets/shared/dom.js";

/**
 * @param form the box's form
 * @param box its textarea
 * @param run sends a command; resolves with {ok} or {ok: false, reason}
 */
export function noteBox(form, box, run) {
  async function send() {
    const lines = box.value.split("\n").map((line) => line.trim()).filter(Boolean);
    if (lines.length === 0) return;
    box.value = "";
    const failed = [];
    for (const line of lines) {
      const result = await run({ type: "note", text: line });
      if (!result.ok) failed.push(line);
    }
    // Nothing typed is lost: a line that was not taken goes back in the box.
    if (failed.length) box.value = failed.join("\n") + (box.value ? `\n${box.value}` : "");
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send();
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
}

/** At most this many messages at once, so that they stay within the card they float over. */
const TOASTS_AT_ONCE = 2;

/**
 * A refusal or an error, shown for a few seconds under the header; the newest two at most.
 * @param {"news"} [kind] news from the room rather than something that went wrong
 */
export function toast(container, message, kind) {
  const item = el("div", { class: kind ? `toast ${kind}` : "toast", title: message }, message);
  container.append(item);
  while (container.childElementCount > TOASTS_AT_ONCE) container.firstElementChild.remove();
  setTimeout(() => item.remove(), 6_000);
}
