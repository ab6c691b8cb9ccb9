// Timer arithmetic shared by every view: the server sends an end instant (running) or a
// remaining duration (paused); each screen counts on its own against the server's clock.

/** The shortest discussion a topic gets, however long its presentation ran (the room's rule). */
const MIN_DISCUSSION_MS = 60_000;

/** Milliseconds left at the server instant `serverNow`; negative in overtime. */
function remainingMs(timer, serverNow) {
  if (!timer) return null;
  return timer.running ? timer.endsAt - serverNow : timer.remainingMs;
}

/**
 * normal, warning, danger, discussionDue or overtime; the same rule as the server's. A
 * presentation that runs out is due for its discussion: the topic still has time.
 */
export function level(remaining, thresholds, phase) {
  if (remaining < 0) return phase === "presentation" ? "discussionDue" : "overtime";
  if (remaining <= thresholds.dangerMs) return "danger";
  if (remaining <= thresholds.warningMs) return "warning";
  return "normal";
}

/**
 * What a screen shows of a running topic's timer: its digits, its level and the words that say
 * what the level means, so that colour is never the only cue.
 */
export function timerView(state, serverNow, thresholds) {
  const timer = state.timer;
  const remaining = remainingMs(timer, serverNow);
  const current = level(remaining, thresholds, state.phase);
  const paused = timer.running ? [] : ["paused"];
  switch (current) {
    case "discussionDue": {
      // What the discussion will get when it starts: the topic's time less the presentation's.
      const used = timer.allottedMs - remaining;
      const left = Math.max(MIN_DISCUSSION_MS, state.topic.budgetMs - used);
      return { digits: clock(left), level: current, note: ["Presentation time is up: discussion", ...paused] };
    }
    case "overtime":
      return { digits: clock(remaining), level: current, note: ["Overtime", ...paused] };
    case "danger":
      return {
        digits: clock(remaining),
        level: current,
        note: [remaining <= 0 ? "Time is up" : `Under ${duration(thresholds.dangerMs)}`, ...paused],
      };
    case "warning":
      return { digits: clock(remaining), level: current, note: [`Under ${duration(thresholds.warningMs)}`, ...paused] };
    default:
      return { digits: clock(remaining), level: current, note: timer.running ? [] : ["Paused"] };
  }
}

/**
 * Between topics: the time of day, the session's planned end, and how far ahead or behind the
 * session runs if the topics still to come take their planned time from now.
 */
export function sessionPace(state, serverNow) {
  const session = state.session;
  const time = timeOfDay(serverNow);
  const coming = (state.agenda || []).filter(
    (item) => session && item.sessionId === session.id && item.status === "coming");
  if (!session || session.endsAt == null || !plannedNearNow(session.startsAt, serverNow)) {
    return { time, end: null, pace: null };
  }
  const end = `Session ends ${timeOfDay(session.endsAt)}`;
  if (coming.length === 0) return { time, end, pace: null };
  const projected = serverNow + coming.reduce((sum, item) => sum + item.budgetMs, 0);
  const late = Math.round((projected - session.endsAt) / 60_000);
  const pace = late === 0 ? "on time" : late > 0 ? `${late} min behind` : `${-late} min ahead`;
  return { time, end, pace };
}

// A programme planned for another day (the demo's is from 2015) says nothing about today's pace.
function plannedNearNow(planned, now) {
  return Math.abs(planned - now) < 24 * 3600_000;
}

export function timeOfDay(ms) {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/**
 * 14:59, 0:05, 1:02:03; overtime counts up as +0:42. Whole seconds are rounded up while
 * counting down, so 0:00 is shown exactly when the time is up.
 */
export function clock(remaining) {
  const over = remaining < 0;
  const seconds = over ? Math.floor(-remaining / 1000) : Math.ceil(remaining / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  const text = h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
  return over ? `+${text}` : text;
}

/** "2 min", "1 h 30 min", "45 s": a threshold in words. */
function duration(ms) {
  const total = Math.round(ms / 1000);
  if (total < 60) return `${total} s`;
  const m = Math.round(total / 60);
  return m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} min`;
}
