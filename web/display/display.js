// The projector: the room's now-card, laid out for the back row, with what comes next and how to
// follow along. It counts the timer down on its own, so a dropped socket never freezes the clock:
// it carries on from the last known end instant, and says plainly that the link is lost.
import { RoomLink, embeddedSnapshot } from "/assets/shared/live.js";
import { $, text, show, roomFromPath, statusMark } from "/assets/shared/dom.js";
import { NowCard } from "/assets/shared/now-card.js";
import { slideLimitNotice } from "/assets/shared/words.js";

const SLIDE_NOTICE_MS = 4_000;
const card = new NowCard(document.body, { titleLines: 2, names: true, clock: true });
let noticeTimer = null;

const link = new RoomLink({
  room: roomFromPath(),
  onSnapshot(snapshot) {
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
    // The projector shows its connection only when something is wrong, and then plainly.
    statusMark($("#status"))(status);
    show($("#status"), status !== "live");
  },
});

function draw(state) {
  text($("#session-title"), state.session ? `· ${state.session.title}` : "");
  card.draw(state);
  tick();
}

function flashSlideNotice(limit) {
  const notice = $("#slide-notice");
  text(notice, slideLimitNotice(limit));
  show(notice, true);
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => show(notice, false), SLIDE_NOTICE_MS);
}

function tick() {
  if (link.state) card.tick(link.state, link.now(), link.thresholds);
}

link.start(embeddedSnapshot());
setInterval(tick, 200);
