// What the screens say, in one place, so the projector, tablet and phones agree.

const NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

export function slideLimitNotice(limit) {
  const n = NUMBERS[limit] || String(limit);
  return `${n[0].toUpperCase()}${n.slice(1)} slide${limit === 1 ? "" : "s"} — time for discussion`;
}

export const CUT_OFF_TITLE = "Pitch cut off by the moderator";

export function interventionText(banner) {
  switch (banner.intervention) {
    case "offTopic":
      return "Off topic — back to the topic, please";
    case "mailingList":
      return "Let’s take this to the mailing list";
    case "timeExtension":
      return `Time extension granted: +${banner.minutes} min`;
    default:
      return "";
  }
}

/** How long a typed intervention stays on screen. */
export const BANNER_MS = 10_000;

export function phaseLabel(phase) {
  return { presentation: "Presentation", discussion: "Discussion", idle: "Between topics" }[phase] || "";
}

/** "Shrijeet Mukherjee, Thomas Graf" */
export function presenterList(list) {
  return (list || []).join(", ");
}

export const ASKED_TO_BE_HERE = "Asked to be here: ";

/**
 * Who the topic asked to be in the room, each as "Jamal (tc) ✓": confirmed people are ticked,
 * people who declined are left out.
 */
export function stakeholderNames(list) {
  return (list || [])
    .filter((person) => person.state !== "declined")
    .map((person) => `${person.name}${person.area ? ` (${person.area})` : ""}${person.state === "confirmed" ? " ✓" : ""}`);
}

/** "1 min" for whole minutes, as the buttons give them; "31 s", "1:30 min" for what a script adds. */
function amount(seconds) {
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")} min`;
}

/** A command as the moderator's buttons name it: "+1 min", "Next slide". */
export function commandWords(command) {
  const words = {
    startTopic: "Start topic",
    skipTopic: "Skip topic",
    endTopic: "End topic",
    endSession: "End the session",
    nextSlide: "Next slide",
    previousSlide: "Previous slide",
    startTimer: "Start timer",
    pauseTimer: "Pause timer",
    startDiscussion: "Start discussion",
    cutOff: "Cut-off",
    undoCutOff: "Undo cut-off",
    note: "Note",
    correctNote: "Correction",
    strikeNote: "Strike",
  };
  switch (command.type) {
    case "addTime":
      return `${command.seconds < 0 ? "−" : "+"}${amount(Math.abs(command.seconds))}`;
    case "intervene":
      return interventionText(command);
    default:
      return words[command.type] || command.type;
  }
}

/** Seconds in an ISO-8601 duration as the log writes one: "PT1M", "PT-30S", "PT1H2M". */
export function isoSeconds(duration) {
  const match = /^PT(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:\.\d+)?)S)?$/.exec(duration || "");
  if (!match) return 0;
  const [, hours, minutes, seconds] = match;
  return Number(hours || 0) * 3600 + Number(minutes || 0) * 60 + Number(seconds || 0);
}

const INTERVENTIONS = { OFF_TOPIC: "offTopic", MAILING_LIST: "mailingList", TIME_EXTENSION: "timeExtension" };

/**
 * What somebody else's command did, as the tablet announces it: "+1 min", "Slide 2". Empty for
 * what needs no announcing (notes, a refused slide).
 */
export function eventWords(event) {
  switch (event.type) {
    case "timeAdded":
      return commandWords({ type: "addTime", seconds: isoSeconds(event.amount) });
    case "slideShown":
      return `Slide ${event.slide}`;
    case "intervened":
      return interventionText({ intervention: INTERVENTIONS[event.intervention], minutes: event.minutes });
    case "topicStarted":
      return `Topic started: “${event.topic.title}”`;
    case "timerPaused":
      return "Timer paused";
    case "timerResumed":
      return "Timer started";
    case "discussionStarted":
      return "Discussion started";
    case "pitchCutOff":
      return "Pitch cut off";
    case "cutOffUndone":
      return "Cut-off undone";
    case "topicEnded":
      return "Topic ended";
    case "topicSkipped":
      return "Topic skipped";
    case "sessionEnded":
      return "Session ended";
    default:
      return "";
  }
}

/** "Also moderating: Tablet 2 · Notes: Ana", or "" when nobody else is there. */
export function presenceWords(presence) {
  const others = (list) => (list || []).filter((peer) => peer.id !== presence.you).map((peer) => peer.name);
  const moderators = others(presence.moderators);
  const noteTakers = others(presence.noteTakers);
  return [
    moderators.length ? `Also moderating: ${moderators.join(", ")}` : "",
    noteTakers.length ? `Notes: ${noteTakers.join(", ")}` : "",
  ].filter(Boolean).join(" · ");
}
