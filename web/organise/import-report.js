// The import's answer in plain words, as pure functions: what the report says, grouped so that a
// file of a thousand talks reads as a few lines, each opening onto its items.

/** The most items one group lists; the rest are counted. */
export const SHOWN = 100;

const plural = (count, one, many) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** "3 rooms, 12 sessions, 140 topics" for a tally; null when it is all zero. */
export function tally({ rooms, sessions, topics }) {
  if (rooms + sessions + topics === 0) return null;
  return [
    plural(rooms, "room", "rooms"),
    plural(sessions, "session", "sessions"),
    plural(topics, "topic", "topics"),
  ].join(", ");
}

/** The first line of the report: what the import makes, changes and finds as it is. */
export function summary(answer) {
  const would = answer.dryRun;
  const parts = [];
  const made = tally(answer.made);
  const changed = tally(answer.updated);
  const same = tally(answer.unchanged);
  if (made) parts.push(`${would ? "would make" : "made"} ${made}`);
  if (changed) parts.push(`${would ? "would change" : "changed"} ${changed}`);
  if (same) parts.push(`found ${same} already as in the file`);
  if (parts.length === 0) parts.push(would ? "would change nothing" : "changed nothing");
  const what = `${would ? "Importing it" : "The import"} ${parts.join("; ")}.`;
  return what.charAt(0).toUpperCase() + what.slice(1);
}

/** What a problem is, without the one item's own value: the key its group goes by. */
export function kind(problem) {
  return problem.replace(/:\s.*$/s, "").replace(/"[^"]*"/g, "…").trim();
}

/** Items grouped by a key, in the order each key first comes, the biggest group first. */
export function groups(items, keyOf) {
  const byKey = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(item);
  }
  return [...byKey.entries()]
    .map(([key, list]) => ({ key, items: list }))
    .sort((a, b) => b.items.length - a.items.length);
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Sat 27 Dec 11:10–11:25" from the times as the file gave them, as the organiser's pages say it. */
export function span(start, end) {
  const date = new Date(`${start.slice(0, 10)}T12:00:00Z`);
  const day = `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return `${day} ${start.slice(11, 16)}–${end.slice(11, 16)}`;
}

/** A clash in plain words: where, the two topics, their times, which one the file brings. */
export function clash(found) {
  const side = (slot) =>
    `“${slot.title}” (${span(slot.start, slot.end)}, ${
      slot.inFile ? "in this file" : "already in the room, where it stays"
    })`;
  return `${found.roomName}: ${side(found.first)} and ${side(found.second)} are planned at the same time.`;
}

/** One adjusted item: its title and time, what was wrong, what Gavel did. */
export function adjusted(item) {
  return `${item.item}: ${item.problem}. Gavel: ${item.action}.`;
}

export function skipped(item) {
  return `${item.item}: ${item.reason}.`;
}

/** A changed topic and what changes in it. */
export function changed(topic) {
  return `${topic.title}: its ${topic.changed.join(", ")} ${topic.changed.length === 1 ? "changes" : "change"}.`;
}
