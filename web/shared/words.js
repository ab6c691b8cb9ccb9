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
      return `${command.seconds < 0 ? "−" : "+"}${Math.abs(command.seconds) / 60} min`;
    case "intervene":
      return interventionText(command);
    default:
      return words[command.type] || command.type;
  }
}
