// Timer arithmetic shared by every view: the server sends an end instant (running) or a
// remaining duration (paused); each screen counts on its own against the server's clock.

/** Milliseconds left at the server instant `serverNow`; negative in overtime. */
export function remainingMs(timer, serverNow) {
  if (!timer) return null;
  return timer.running ? timer.endsAt - serverNow : timer.remainingMs;
}

/** normal, warning, danger or overtime; the same rule as the server's. */
export function level(remaining, thresholds) {
  if (remaining < 0) return "overtime";
  if (remaining <= thresholds.dangerMs) return "danger";
  if (remaining <= thresholds.warningMs) return "warning";
  return "normal";
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

/** "15 min", "1 h 30 min", "45 s" — for budgets in lists. */
export function minutes(ms) {
  const total = Math.round(ms / 1000);
  if (total < 60) return `${total} s`;
  const m = Math.round(total / 60);
  return m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} min`;
}
