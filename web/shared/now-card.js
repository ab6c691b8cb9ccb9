// The "what is on now" card of the tablet and the phone: topic, presenters, timer, slides,
// and whether the pitch was cut off or the moderator intervened. It fills the page's empty
// <article class="now-card">; data-slot attributes name its parts.
import { el, text, show, presenters, stakeholders } from "/assets/shared/dom.js";
import { remainingMs, level, clock } from "/assets/shared/timer.js";
import { interventionText, phaseLabel, BANNER_MS, CUT_OFF_TITLE } from "/assets/shared/words.js";

export class NowCard {
  constructor(root) {
    this.root = root;
    root.replaceChildren(
      el("div", { class: "now-meta" },
        el("span", { "data-slot": "phase", class: "phase" }),
        el("span", { "data-slot": "category", class: "category", hidden: true })),
      el("h1", { "data-slot": "title" }),
      el("p", { "data-slot": "presenters", class: "presenters" }),
      el("p", { "data-slot": "stakeholders", class: "stakeholders", hidden: true }),
      el("div", { class: "now-clock" },
        el("span", { "data-slot": "timer", class: "timer digits" }),
        el("span", { "data-slot": "timerNote", class: "timer-note" })),
      el("div", { "data-slot": "slides", class: "now-slides", hidden: true },
        "Slide ",
        el("span", { "data-slot": "slide", class: "digits" }),
        el("span", { "data-slot": "marks", class: "slide-marks", "aria-hidden": "true" }),
        el("span", { "data-slot": "lastSlide", class: "last-slide", hidden: true }, "last slide")),
      el("div", { "data-slot": "cutOff", class: "now-cut-off", hidden: true }),
      el("div", { "data-slot": "banner", class: "now-banner", hidden: true }),
    );
    this.slots = {};
    for (const slot of root.querySelectorAll("[data-slot]")) this.slots[slot.dataset.slot] = slot;
  }

  draw(state) {
    const s = this.slots;
    const topic = state.topic;
    const shown = topic || state.next;
    this.root.dataset.phase = state.phase;
    text(s.phase, topic ? phaseLabel(state.phase) : state.next ? "Up next" : "Session done");
    text(s.title, shown ? shown.title : "Every topic has been run");
    text(s.presenters, shown ? presenters(shown.presenters) : "");
    const asked = shown ? stakeholders(shown.stakeholders) : "";
    text(s.stakeholders, asked);
    show(s.stakeholders, Boolean(asked));
    text(s.category, shown ? shown.category : "");
    show(s.category, Boolean(shown && shown.category));
    show(s.slides, Boolean(topic));
    if (topic) {
      text(s.slide, `${state.slide} / ${state.slideLimit}`);
      if (s.marks.childElementCount !== state.slideLimit) {
        s.marks.replaceChildren(...Array.from({ length: state.slideLimit }, () => el("span")));
      }
      [...s.marks.children].forEach((mark, i) => mark.classList.toggle("on", i < state.slide));
      show(s.lastSlide, state.slide >= state.slideLimit);
    }
    show(s.cutOff, state.cutOff);
    text(s.cutOff, state.cutOff ? `${CUT_OFF_TITLE}${state.cutOffReason ? `: “${state.cutOffReason}”` : ""}` : "");
  }

  /** Called several times a second with the server's time now. */
  tick(state, serverNow, thresholds) {
    const s = this.slots;
    if (!state) return;
    if (!state.timer) {
      s.timer.className = "timer digits planned";
      text(s.timer, state.next ? clock(state.next.budgetMs) : "");
      s.timerNote.classList.remove("overtime");
      text(s.timerNote, state.next ? "planned" : "");
    } else {
      const remaining = remainingMs(state.timer, serverNow);
      const current = level(remaining, thresholds);
      s.timer.className = `timer digits level-${current}`;
      text(s.timer, clock(remaining));
      text(s.timerNote, current === "overtime" ? "overtime" : state.timer.running ? "" : "paused");
      s.timerNote.classList.toggle("overtime", current === "overtime");
    }
    const banner = state.banner;
    const on = Boolean(banner && !state.cutOff && serverNow - banner.at < BANNER_MS);
    if (on) {
      s.banner.dataset.kind = banner.intervention;
      text(s.banner, interventionText(banner));
    }
    show(s.banner, on);
  }
}

