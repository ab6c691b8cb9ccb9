// The projector. Draws the room from the live state and counts the timer down on its own,
// so a dropped socket never freezes the clock: it carries on from the last known end instant.
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, el, text, show, roomFromPath, presenters, stakeholders, statusMark } from "/assets/shared/dom.js";
import { remainingMs, level, clock } from "/assets/shared/timer.js";
import { slideLimitNotice, interventionText, phaseLabel, BANNER_MS } from "/assets/shared/words.js";

const SLIDE_NOTICE_MS = 4_000;
let thresholds = { warningMs: 120_000, dangerMs: 0 };
let noticeTimer = null;

const link = new RoomLink({
  room: roomFromPath(),
  onSnapshot(snapshot) {
    thresholds = snapshot.thresholds;
    text($("#room-name"), snapshot.room.name);
    text($("#join-url"), snapshot.room.joinUrl.replace(/^https?:\/\//, ""));
    const code = $("#join-code");
    if (!code.getAttribute("src")) code.src = `/rooms/${snapshot.room.slug}/join.svg`;
    draw(snapshot.state);
  },
  onEvent(message) {
    if (message.event.type === "slideLimitReached") flashSlideNotice(message.event.slideLimit);
    draw(message.state);
  },
  onStatus(status) {
    // The projector shows its connection only when something is wrong.
    statusMark($("#status"))(status);
    show($("#status"), status !== "live");
  },
});

function draw(state) {
  const topic = state.topic;
  $(".screen").dataset.phase = state.phase;
  text($("#session-title"), state.session ? `· ${state.session.title}` : "");
  text($("#phase"), topic ? phaseLabel(state.phase) : state.next ? "Up next" : "");
  const shown = topic || state.next;
  text($("#title"), shown ? shown.title : "That’s all for this session");
  text($("#presenters"), shown ? presenters(shown.presenters) : "Thank you!");
  const asked = shown ? stakeholders(shown.stakeholders) : "";
  text($("#stakeholders"), asked);
  show($("#stakeholders"), Boolean(asked));
  text($("#category"), shown ? shown.category : "");
  show($("#category"), Boolean(shown && shown.category));

  show($("#slides"), Boolean(topic));
  if (topic) drawSlides(state.slide, state.slideLimit);

  show($("#next-block"), Boolean(topic && state.next));
  if (state.next) {
    text($("#next-title"), state.next.title);
    text($("#next-presenters"), presenters(state.next.presenters));
  }

  show($("#cut-off"), state.cutOff);
  text($("#cut-off-reason"), state.cutOffReason ? `“${state.cutOffReason}”` : "");
  tick();
}

function drawSlides(slide, limit) {
  text($("#slide"), slide);
  text($("#slide-limit"), limit);
  const marks = $("#slide-marks");
  if (marks.childElementCount !== limit) {
    marks.replaceChildren(...Array.from({ length: limit }, () => el("span")));
  }
  [...marks.children].forEach((mark, i) => mark.classList.toggle("on", i < slide));
  show($("#last-slide"), slide >= limit);
}

function flashSlideNotice(limit) {
  const notice = $("#slide-notice");
  text(notice, slideLimitNotice(limit));
  show(notice, true);
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => show(notice, false), SLIDE_NOTICE_MS);
}

/** Runs several times a second: the timer and the banner's time on screen. */
function tick() {
  const state = link.state;
  if (!state) return;
  const now = link.now();
  const timer = $("#timer");
  const note = $("#timer-note");
  if (!state.timer) {
    // Between topics: the next topic's planned time, quietly.
    timer.className = "timer digits planned";
    text(timer, state.next ? clock(state.next.budgetMs) : "");
    note.classList.remove("overtime");
    text(note, state.next ? "planned" : "");
  } else {
    const remaining = remainingMs(state.timer, now);
    const current = level(remaining, thresholds);
    timer.className = `timer digits level-${current}`;
    text(timer, clock(remaining));
    note.classList.toggle("overtime", current === "overtime");
    text(note, current === "overtime" ? "overtime" : state.timer.running ? "" : "paused");
  }
  const banner = state.banner;
  const bannerOn = Boolean(banner && !state.cutOff && now - banner.at < BANNER_MS);
  const strip = $("#banner");
  if (bannerOn) {
    strip.dataset.kind = banner.intervention;
    text(strip, interventionText(banner));
  }
  show(strip, bannerOn);
}

link.start(embeddedSnapshot());
setInterval(tick, 200);
