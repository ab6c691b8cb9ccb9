// Checks the chosen schedule file with a dry run, shows item by item what importing it would do,
// and imports it when the organiser says so. The file goes to the import API as it is, its type
// from its name; nothing is changed until "Import it".

import { el } from "../shared/dom.js";
import * as words from "./import-report.js";

const TYPES = { xml: "application/xml", json: "application/json", ics: "text/calendar", csv: "text/csv" };
const form = document.querySelector("#import");
const result = document.querySelector("#import-result");

form?.addEventListener("submit", (event) => {
  event.preventDefault();
  send(true);
});

async function send(dryRun) {
  const file = form.elements.file.files[0];
  if (!file) return;
  const type = TYPES[file.name.split(".").pop().toLowerCase()];
  if (!type) {
    say(`Gavel cannot tell what ${file.name} is: name it .xml, .json, .ics or .csv.`, true);
    return;
  }
  const query = new URLSearchParams();
  for (const name of ["event", "timeZone"]) {
    const value = form.elements[name].value.trim();
    if (value) query.set(name, value);
  }
  if (dryRun) query.set("dryRun", "true");
  const buttons = document.querySelectorAll("#import button, #import-result button");
  buttons.forEach((button) => (button.disabled = true));
  say(dryRun ? `Checking ${file.name}…` : `Importing ${file.name}…`, false);
  try {
    const response = await fetch(`/api/events/import?${query}`, {
      method: "POST",
      headers: { "Content-Type": type },
      body: file,
      credentials: "same-origin",
    });
    const answer = await response.json();
    if (response.ok) report(file.name, answer);
    // A stop part way keeps what its chunks wrote: saying "nothing was imported" would be false.
    else if (answer.unfinished) say(`The import stopped part way: ${answer.error}.`, true);
    else say(`Nothing was imported: ${answer.error}`, true);
  } catch (error) {
    say(`Nothing was imported: the server could not be reached (${error.message}).`, true);
  } finally {
    buttons.forEach((button) => (button.disabled = false));
  }
}

function report(fileName, answer) {
  const heading = answer.dryRun
    ? `What importing ${fileName} would do`
    : `Imported ${fileName} into ${answer.slug}`;
  const parts = [
    el("h3", {}, heading),
    el("p", { class: "tally" }, words.summary(answer)),
    el(
      "p",
      { class: "muted" },
      `Event ${answer.slug}${answer.eventMade ? " (new)" : ""}; times in ${
        answer.timeZone
      }; ${answer.published ? "published" : "a draft until you publish it"}.`,
    ),
  ];
  if (answer.notes.length) parts.push(section("notes", `Notes (${answer.notes.length})`, true, list(answer.notes, String)));
  if (answer.clashes.length) {
    parts.push(
      section(
        "clashes",
        `${answer.clashes.length} ${answer.clashes.length === 1 ? "clash" : "clashes"}: topics at one time in one room`,
        true,
        list(answer.clashes, words.clash),
      ),
    );
  }
  if (answer.adjusted.length) {
    parts.push(grouped("adjusted", "Taken with an adjustment", answer.adjusted, (i) => words.kind(i.problem), words.adjusted));
  }
  if (answer.skipped.length) {
    parts.push(grouped("skipped", "Skipped", answer.skipped, (i) => words.kind(i.reason), words.skipped));
  }
  const changed = answer.topics.filter((topic) => topic.action === "updated");
  if (changed.length) {
    parts.push(section("changed", `Topics ${answer.dryRun ? "it would change" : "changed"} (${changed.length})`, false, list(changed, words.changed)));
  }
  const made = answer.topics.filter((topic) => topic.action === "made");
  if (made.length) {
    parts.push(
      section(
        "made",
        `Topics ${answer.dryRun ? "it would make" : "made"} (${made.length})`,
        false,
        list(made, (topic) => (topic.start ? `${topic.title} (${topic.room}, ${topic.start.slice(0, 16).replace("T", " ")})` : `${topic.title} (${topic.room})`)),
      ),
    );
  }
  if (answer.dryRun) {
    parts.push(
      el(
        "div",
        { class: "actions" },
        el("button", { type: "button", class: "primary", id: "import-now", onclick: () => send(false) }, "Import it"),
      ),
    );
  } else {
    parts.push(el("p", {}, el("a", { href: `/organise/events/${encodeURIComponent(answer.slug)}` }, "Open the event")));
  }
  result.replaceChildren(...parts);
  result.className = "import-result";
  result.hidden = false;
}

/** A part of the report that opens and closes: its title with its count, then its lines. */
function section(name, title, open, ...children) {
  return el("details", { class: `report-${name}`, open }, el("summary", {}, title), ...children);
}

/** Items by kind, each kind a part of its own that opens onto its items. */
function grouped(name, title, items, keyOf, line) {
  const kinds = words.groups(items, keyOf);
  return section(
    name,
    `${title} (${items.length})`,
    items.length <= 10,
    kinds.map((kind) =>
      el("details", { class: "kind", open: items.length <= 10 }, el("summary", {}, `${kind.key} (${kind.items.length})`), list(kind.items, line)),
    ),
  );
}

/** The first lines of a list, and how many more there are. */
function list(items, line) {
  const shown = items.slice(0, words.SHOWN).map((item) => el("li", {}, line(item)));
  if (items.length > words.SHOWN) {
    shown.push(el("li", { class: "muted" }, `…and ${(items.length - words.SHOWN).toLocaleString("en")} more (the import API's answer lists every one).`));
  }
  return el("ul", {}, shown);
}

function say(text, failed) {
  result.replaceChildren(el("p", {}, text));
  result.className = failed ? "import-result field-error" : "import-result";
  result.hidden = false;
}
