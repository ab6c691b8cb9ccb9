// "I'd like to speak": the attendee's hand, through the queue's own public address (never the
// socket, which only watches). The device keeps its token and the name it gave; the page keeps
// which entry is its own, so it can offer to withdraw it and never a +1 for it.
import { $, el, text, show } from "/assets/shared/dom.js";
import { reconcile } from "/assets/shared/reconcile.js";
import { kindWords } from "/assets/shared/floor.js";

const TOKEN = "gavel.device";
const NAME = "gavel.name";

function stored(key) {
  try { return localStorage.getItem(key); } catch { return null; }
}

function store(key, value) {
  try {
    if (value == null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch { /* private mode: the page still works, it only forgets */ }
}

export class Hand {
  constructor(root, room) {
    this.root = root;
    this.room = room;
    this.mineKey = `gavel.entry.${room}`;
    this.state = null;
    const form = $("#hand-form", root);
    $("#hand-name", root).value = stored(NAME) || "";
    $("#hand-open", root).addEventListener("click", () => this.open(true));
    $("#hand-cancel", root).addEventListener("click", () => this.open(false));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.raise();
    });
    $("#hand-withdraw", root).addEventListener("click", () => this.withdraw());
    $("#queue", root).addEventListener("click", (event) => {
      const button = event.target.closest("button[data-plus-one]");
      if (button) this.plusOne(button.dataset.plusOne, button);
    });
  }

  get mine() {
    return Number(stored(this.mineKey)) || null;
  }

  open(visible) {
    show($("#hand-form", this.root), visible);
    show($("#hand-open", this.root), !visible);
    if (visible) $("#hand-name", this.root).focus();
  }

  async request(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    const token = stored(TOKEN);
    if (token) headers["X-Gavel-Device"] = token;
    try {
      const response = await fetch(`/api/rooms/${this.room}/queue${path}`, {
        method, headers, body: body ? JSON.stringify(body) : undefined,
      });
      const answer = await response.json().catch(() => ({}));
      if (answer.device) store(TOKEN, answer.device);
      // A token the server no longer knows (a new server, say): forget it and start afresh.
      if (response.status === 403 && token) store(TOKEN, null);
      return { status: response.status, answer };
    } catch {
      return { status: 0, answer: { error: "No connection: try again in a moment" } };
    }
  }

  say(message) {
    text($("#hand-message", this.root), message || "");
  }

  async raise() {
    const name = $("#hand-name", this.root).value.trim();
    store(NAME, name);
    const body = {
      name,
      kind: $("input[name=kind]:checked", this.root).value,
      point: $("#hand-point", this.root).value.trim(),
      seat: $("#hand-seat", this.root).value.trim(),
    };
    const button = $("#hand-send", this.root);
    button.disabled = true;
    const { status, answer } = await this.request("POST", "", body);
    button.disabled = false;
    if (status === 201) {
      store(this.mineKey, String(answer.id));
      $("#hand-point", this.root).value = "";
      this.say("");
      this.open(false);
    } else {
      this.say(answer.error || "That did not work: try again");
    }
    if (this.state) this.update(this.state);
  }

  async withdraw() {
    const mine = this.mine;
    if (!mine) return;
    const { status, answer } = await this.request("DELETE", `/${mine}`);
    if (status === 200 || status === 409) store(this.mineKey, null);
    this.say(status === 200 ? "" : answer.error);
    if (this.state) this.update(this.state);
  }

  async plusOne(id, button) {
    button.disabled = true;
    const { status, answer } = await this.request("POST", `/${id}/plus-one`);
    if (status !== 200) {
      button.disabled = false;
      this.say(answer.error);
    }
  }

  update(state) {
    this.state = state;
    const queue = state.queue || [];
    const mine = this.mine;
    const position = queue.findIndex((entry) => entry.id === mine);
    const speaking = state.speaking && state.speaking.entry.id === mine;
    const open = Boolean(state.topic);
    show(this.root, open || queue.length > 0);
    show($("#hand-open", this.root), open && position < 0 && !speaking && $("#hand-form", this.root).hidden);
    show($("#hand-mine", this.root), position >= 0 || speaking);
    show($("#hand-withdraw", this.root), position >= 0);
    text($("#hand-place", this.root), speaking
      ? "It is your turn: the microphone is on its way."
      : position >= 0 ? `You are number ${position + 1} in the queue.` : "");
    reconcile($("#queue", this.root), queue, {
      key: (entry) => entry.id,
      make: () => el("li", {},
        el("span", { class: "queue-name" }),
        el("span", { class: "queue-kind muted" }),
        el("span", { class: "queue-point" }),
        el("button", { type: "button", class: "plus-one" })),
      update: (item, entry) => {
        text($(".queue-name", item), entry.name);
        text($(".queue-kind", item), kindWords(entry.kind));
        text($(".queue-point", item), entry.point);
        const plus = $(".plus-one", item);
        plus.dataset.plusOne = entry.id;
        text(plus, `+1${entry.plusOnes ? ` · ${entry.plusOnes}` : ""}`);
        plus.setAttribute("aria-label", `+1 for ${entry.name}'s point (${entry.plusOnes} so far)`);
        show(plus, Boolean(entry.point) && entry.id !== mine);
        item.classList.toggle("mine", entry.id === mine);
      },
    });
  }
}
