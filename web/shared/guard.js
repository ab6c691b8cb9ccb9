// Guards for the moderator's actions that cannot be taken back with one tap: those that end or
// restart a topic, and the cut-off. A stray tap, or a nervous double tap, never does any of them.
import { text } from "/assets/shared/dom.js";

/** A second press sooner than this after arming is the same nervous gesture, not a decision. */
const CONFIRM_AFTER_MS = 600;
/** An armed button that is not confirmed within this time goes back to rest. */
const CONFIRM_WITHIN_MS = 5_000;

const armed = new Set();

/** Disarms every armed button: Escape, a change of topic, a tap elsewhere. */
export function disarmAll() {
  for (const step of [...armed]) step.disarm();
}

/**
 * A button whose action takes two deliberate presses. The first arms it, visibly (its own words
 * and look change, in its own place); a second press at least CONFIRM_AFTER_MS later, and within
 * CONFIRM_WITHIN_MS, runs the action.
 */
export class ConfirmStep {
  /**
   * @param {HTMLButtonElement} button
   * @param {object} options
   * @param {string} options.confirm the armed button's words, such as "Tap again to end"
   * @param {() => void} options.run
   */
  constructor(button, { confirm, run }) {
    this.button = button;
    // The words that change; a button may also carry words for screen readers only.
    this.words = button.querySelector(".label") || button;
    this.confirm = confirm;
    this.run = run;
    this.label = this.words.textContent;
    this.armedAt = null;
    this.timer = null;
  }

  /** The button's words at rest; while armed they are kept for later. */
  rest(label) {
    this.label = label;
    if (this.armedAt === null) text(this.words, label);
  }

  press(now = performance.now()) {
    if (this.button.disabled) return;
    if (this.armedAt === null) {
      this.arm(now);
    } else if (now - this.armedAt >= CONFIRM_AFTER_MS) {
      this.disarm();
      this.run();
    }
  }

  arm(now) {
    disarmAll();
    this.armedAt = now;
    armed.add(this);
    this.button.classList.add("armed");
    this.button.setAttribute("aria-describedby", "armed-hint");
    text(this.words, this.confirm);
    this.timer = setTimeout(() => this.disarm(), CONFIRM_WITHIN_MS);
  }

  disarm() {
    clearTimeout(this.timer);
    armed.delete(this);
    this.armedAt = null;
    this.button.classList.remove("armed");
    this.button.removeAttribute("aria-describedby");
    text(this.words, this.label);
  }
}

/**
 * A button that acts only when held down for `ms`: with a finger, the mouse, Space or Enter while
 * it has the focus, or a key the page hands over (start/stop). Releasing early does nothing but
 * say so. There is no tap path at all: the armed state is the hold itself, filling the button.
 */
export class Hold {
  /**
   * @param {HTMLButtonElement} button
   * @param {object} options
   * @param {number} options.ms
   * @param {() => void} options.run
   * @param {(state: "rest"|"holding"|"short") => void} options.show
   */
  constructor(button, { ms, run, show }) {
    this.button = button;
    this.ms = ms;
    this.run = run;
    this.show = show;
    this.timer = null;
    button.style.setProperty("--hold-ms", `${ms}ms`);
    button.addEventListener("pointerdown", (event) => {
      if (event.button === 0) this.start();
    });
    for (const type of ["pointerup", "pointerleave", "pointercancel"]) {
      button.addEventListener(type, () => this.stop());
    }
    button.addEventListener("keydown", (event) => {
      if (event.key !== " " && event.key !== "Enter") return;
      event.preventDefault();
      if (!event.repeat) this.start();
    });
    button.addEventListener("keyup", (event) => {
      if (event.key === " " || event.key === "Enter") this.stop();
    });
    button.addEventListener("blur", () => this.stop());
    // A click is never enough: neither a tap nor a screen reader's activation cuts off a pitch.
    button.addEventListener("click", (event) => event.preventDefault());
    button.addEventListener("contextmenu", (event) => event.preventDefault());
  }

  get holding() {
    return this.timer !== null;
  }

  start() {
    if (this.button.disabled || this.holding) return;
    this.show("holding");
    this.timer = setTimeout(() => {
      this.timer = null;
      this.show("rest");
      this.run();
    }, this.ms);
  }

  stop() {
    if (!this.holding) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.show("short");
  }
}
