// The tablet's floor: the speaking queue with a call, a move up, a removal and a block for each
// entry; the private cue to the speaker; the message to the room; the projector's blackout.
// Every button is a command over the moderator's socket; the room's answer redraws the panel.
import { $, el, text } from "/assets/shared/dom.js";
import { reconcile } from "/assets/shared/reconcile.js";
import { floorLine, kindWords, turnWords } from "/assets/shared/floor.js";

/** The projector's switches: the button, its command, and the state field it flips. */
const TOGGLES = [
  ["#blackout-toggle", "blackout", "blackout"],
  ["#clock-toggle", "hideClock", "clockHidden"],
  ["#qr-toggle", "showQr", "qrShown"],
];

export class FloorPanel {
  /** @param {(command: object) => Promise<object>} run sends a command, shows a refusal */
  constructor(root, run) {
    this.root = root;
    this.run = run;
    this.state = null;
    root.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button || button.disabled) return;
      const entry = button.closest("li[data-entry]");
      const id = entry ? Number(entry.dataset.entry) : null;
      if (button.dataset.floor) run({ type: button.dataset.floor });
      else if (button.dataset.cue) run({ type: "cue", text: button.dataset.cue });
      else if (button.dataset.act === "call") run({ type: "callSpeaker", id });
      else if (button.dataset.act === "up") run({ type: "moveInQueue", id, position: 1 });
      else if (button.dataset.act === "remove") run({ type: "removeFromQueue", id });
      else if (button.dataset.act === "block") run({ type: "blockDevice", id });
    });
    this.form("#cue-form", "#cue-text", (value) => ({ type: "cue", text: value }));
    this.form("#message-form", "#message-text", (value) => ({ type: "roomMessage", text: value }));
    for (const [button, type, field] of TOGGLES) {
      $(button, root).addEventListener("click", () => {
        if (this.state) run({ type, on: !this.state[field] });
      });
    }
  }

  form(selector, input, command) {
    $(selector, this.root).addEventListener("submit", async (event) => {
      event.preventDefault();
      const field = $(input, this.root);
      const value = field.value.trim();
      if (!value) return;
      const result = await this.run(command(value));
      if (result.ok) field.value = "";
    });
  }

  /** The speaker's turn, counted on the page's own clock between events. */
  tick(state, serverNow) {
    text($("#turn", this.root), turnWords(state, serverNow));
  }

  /** @param {object|null} cue the private cue up now, from the moderator's own socket */
  update(state, cue) {
    this.state = state;
    text($("#floor-line", this.root), floorLine(state) || "Nobody is waiting to speak.");
    text($("#cue-now", this.root), cue ? `On the speaker's view: “${cue.text}”` : "No cue on the speaker's view.");
    for (const [button, , field] of TOGGLES) {
      $(button, this.root).setAttribute("aria-pressed", String(Boolean(state[field])));
    }
    reconcile($("#queue", this.root), state.queue || [], {
      key: (entry) => entry.id,
      make: () => el("li", {},
        el("div", { class: "queue-who" }, el("strong"), el("span", { class: "muted" })),
        el("div", { class: "queue-point" }),
        el("div", { class: "queue-actions" },
          el("button", { type: "button", "data-act": "call", class: "primary" }, "Call"),
          el("button", { type: "button", "data-act": "up" }, "To front"),
          el("button", { type: "button", "data-act": "remove" }, "Remove"),
          el("button", { type: "button", "data-act": "block", class: "danger" }, "Block"))),
      update: (item, entry) => {
        item.dataset.entry = entry.id;
        text($("strong", item), entry.name);
        const extra = [kindWords(entry.kind), entry.seat, entry.plusOnes ? `+${entry.plusOnes}` : ""];
        text($(".muted", item), ` · ${extra.filter(Boolean).join(" · ")}`);
        text($(".queue-point", item), entry.point);
      },
    });
  }
}
