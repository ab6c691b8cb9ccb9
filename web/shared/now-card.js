// The "what is on now" card of the tablet and the phone: topic, presenters, timer, slides,
// and whether the pitch was cut off or the moderator intervened. Its markup is in each page,
// with data-slot attributes naming the parts.
import { el, text, show, presenters } from "/assets/shared/dom.js";
import { remainingMs, level, clock } from "/assets/shared/timer.js";
import { interventionText, phaseLabel, BANNER_MS, CUT_OFF_TITLE } from "/assets/shared/words.js";

export class NowCard {
  constructor(root) {
    this.root = root;
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

