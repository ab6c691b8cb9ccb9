// The floor in words, the same on every screen: who speaks, who is next, and what kind of turn
// each asked for. Pure: text in, text out.

const NEXT_NAMES = 3;

/** "Speaking: Ada · Next: Brian, Cleo" — or null when nobody speaks or waits. */
export function floorLine(state) {
  const speaking = state.speaking ? state.speaking.entry.name : null;
  const waiting = (state.queue || []).slice(0, NEXT_NAMES).map((entry) => entry.name);
  const more = (state.queue || []).length - waiting.length;
  const parts = [];
  if (speaking) parts.push(`Speaking: ${speaking}`);
  if (waiting.length) parts.push(`Next: ${waiting.join(", ")}${more > 0 ? ` + ${more}` : ""}`);
  return parts.length ? parts.join(" · ") : null;
}

/** How an entry's kind reads beside its name. */
export function kindWords(kind) {
  return kind === "clarify" ? "clarifying question" : "new point";
}

/** "1:23 left of the turn", or "turn over by 0:12": the speaker's own short timer. */
export function turnWords(state, serverNow) {
  if (!state.speaking) return "";
  const left = Math.round((state.speaking.turnEndsAt - serverNow) / 1000);
  const clock = (seconds) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return left >= 0 ? `${clock(left)} left of ${state.speaking.entry.name}'s turn` : `${state.speaking.entry.name}'s turn over by ${clock(-left)}`;
}
