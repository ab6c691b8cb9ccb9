// "What is on now", the same on every screen: topic, presenters, timer, slides, and whether the
// pitch was cut off or the moderator intervened. The projector lays these parts out its own way
// in its HTML; the tablet, the phone and the note-taker let the card build its standard markup.
// Either way data-slot attributes name the parts, and this one module fills them.
import { el, text, show } from "/assets/shared/dom.js";
import { fitLines, fitNames, fitOneLine, fitWords } from "/assets/shared/fit.js";
import { timerView, sessionPace } from "/assets/shared/timer.js";
import {
  interventionText, phaseLabel, presenterList, stakeholderNames, ASKED_TO_BE_HERE, BANNER_MS,
  CUT_OFF_TITLE,
} from "/assets/shared/words.js";

function standardCard() {
  return [
    el("div", { class: "now-meta" },
      el("span", { "data-slot": "phase", class: "phase" }),
      el("span", { "data-slot": "category", class: "category", hidden: true })),
    el("h1", { "data-slot": "title", class: "title" }),
    el("p", { "data-slot": "presenters", class: "presenters" }),
    el("p", { "data-slot": "stakeholders", class: "stakeholders", hidden: true }),
    el("div", { class: "now-clock" },
      el("span", { "data-slot": "timer", class: "timer digits", role: "timer" }),
      el("span", { "data-slot": "timerNote", class: "timer-note" })),
    el("div", { "data-slot": "slides", class: "now-slides", hidden: true },
      "Slide ",
      el("span", { "data-slot": "slide", class: "digits" }),
      el("span", { "data-slot": "marks", class: "slide-marks", "aria-hidden": "true" }),
      el("span", { "data-slot": "lastSlide", class: "last-slide", hidden: true }, "last slide")),
    el("div", { "data-slot": "cutOff", class: "now-cut-off", hidden: true },
      `${CUT_OFF_TITLE} `, el("span", { "data-slot": "cutOffReason" })),
    el("div", { "data-slot": "banner", class: "now-banner", hidden: true }),
  ];
}

export class NowCard {
  /**
   * @param {Element} root the card: empty for the standard one, or holding its own [data-slot]s
   * @param {object} [fit] how the card keeps its size: titleLines (the title's most lines),
   *     names (presenters shortened to one line), clock (the digits fill their box)
   */
  constructor(root, fit = {}) {
    this.root = root;
    this.fit = fit;
    if (!root.querySelector("[data-slot]")) root.replaceChildren(...standardCard());
    this.slots = {};
    for (const slot of root.querySelectorAll("[data-slot]")) this.slots[slot.dataset.slot] = slot;
    this.drawn = null;
    this.clockShape = "";
    new ResizeObserver(() => this.refit()).observe(root);
  }

  draw(state) {
    const s = this.slots;
    const topic = state.topic;
    const shown = topic || state.next;
    this.root.dataset.phase = state.phase;
    text(s.phase, topic ? phaseLabel(state.phase) : state.next ? "Up next" : "Session over");
    text(s.category, shown ? shown.category : "");
    show(s.category, Boolean(shown && shown.category));
    const inPresentation = Boolean(topic) && state.phase === "presentation";
    show(s.slides, inPresentation);
    if (inPresentation) this.drawSlides(state.slide, state.slideLimit);
    show(s.cutOff, state.cutOff);
    text(s.cutOffReason, state.cutOffReason ? `“${state.cutOffReason}”` : "");
    if (s.next) {
      show(s.next, Boolean(topic && state.next));
    }
    this.drawn = { state, shown };
    this.refit();
  }

  drawSlides(slide, limit) {
    const s = this.slots;
    text(s.slide, `${slide} / ${limit}`);
    if (s.marks.childElementCount !== limit) {
      s.marks.replaceChildren(...Array.from({ length: limit }, () => el("span")));
    }
    [...s.marks.children].forEach((mark, i) => mark.classList.toggle("on", i < slide));
    show(s.lastSlide, slide >= limit);
  }

  /** The texts whose room depends on the card's size: drawn again when it changes. */
  refit() {
    if (!this.drawn) return;
    const s = this.slots;
    const { state, shown } = this.drawn;
    text(s.title, shown ? shown.title : "That’s all for this session");
    if (this.fit.titleLines) fitLines(s.title, this.fit.titleLines);
    this.names(s.presenters, shown ? shown.presenters : [], "");
    const asked = shown ? stakeholderNames(shown.stakeholders) : [];
    show(s.stakeholders, asked.length > 0);
    this.names(s.stakeholders, asked, ASKED_TO_BE_HERE);
    if (s.nextTitle && state.next) {
      fitWords(s.nextTitle, state.next.title, 2);
      this.names(s.nextPresenters, state.next.presenters, "");
    }
    this.fitClock();
  }

  /**
   * The clock's digits as large as their face allows. Their width changes only with their number
   * (they are tabular) or the level's size; the face changes as lines around it come and go. So
   * they are fitted again only when one of those changed: at once, not at the next frame.
   */
  fitClock() {
    if (!this.fit.clock) return;
    const digits = this.slots.timer;
    const face = digits.parentElement;
    const shape = `${digits.className} ${digits.textContent.length} ${face.clientWidth}×${face.clientHeight}`;
    if (shape === this.clockShape) return;
    fitOneLine(digits, face);
    this.clockShape = shape;
  }

  names(slot, names, prefix) {
    if (this.fit.names && names.length) fitNames(slot, names, prefix);
    else text(slot, names.length ? prefix + presenterList(names) : "");
  }

  /** Called several times a second with the server's time now. */
  tick(state, serverNow, thresholds) {
    if (!state) return;
    const s = this.slots;
    const view = state.timer ? timerView(state, serverNow, thresholds) : this.between(state, serverNow);
    this.root.dataset.level = view.level;
    s.timer.className = `timer digits level-${view.level}`;
    text(s.timer, view.digits);
    s.timerNote.dataset.level = view.level;
    text(s.timerNote, view.note.filter(Boolean).join(" · "));
    this.fitClock();
    const banner = state.banner;
    const on = Boolean(banner && !state.cutOff && serverNow - banner.at < BANNER_MS);
    if (on) {
      s.banner.dataset.kind = banner.intervention;
      text(s.banner, interventionText(banner));
    }
    show(s.banner, on);
  }

  /** Between topics the clock is the time of day, with how the session runs against its plan. */
  between(state, serverNow) {
    const pace = sessionPace(state, serverNow);
    return { digits: pace.time, level: "idle", note: [pace.end, pace.pace] };
  }
}
