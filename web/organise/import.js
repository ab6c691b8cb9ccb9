// Sends the chosen schedule file to the import API as it is, its type from its name, and says
// what the import made — or, word for word, why nothing was imported.

const TYPES = { xml: "application/xml", json: "application/json", ics: "text/calendar", csv: "text/csv" };
const form = document.querySelector("#import");
const result = document.querySelector("#import-result");

form?.addEventListener("submit", async (event) => {
  event.preventDefault();
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
  const button = form.querySelector("button");
  button.disabled = true;
  say(`Importing ${file.name}…`, false);
  try {
    const response = await fetch(`/api/events/import?${query}`, {
      method: "POST",
      headers: { "Content-Type": type },
      body: file,
      credentials: "same-origin",
    });
    const answer = await response.json();
    if (response.ok) report(answer);
    else say(`Nothing was imported: ${answer.error}`, true);
  } catch (error) {
    say(`Nothing was imported: the server could not be reached (${error.message}).`, true);
  } finally {
    button.disabled = false;
  }
});

function report(answer) {
  const count = (tally) => `${tally.rooms} rooms, ${tally.sessions} sessions, ${tally.topics} topics`;
  const some = (tally) => tally.rooms + tally.sessions + tally.topics > 0;
  const parts = [`made ${count(answer.made)}`];
  if (some(answer.updated)) parts.push(`changed ${count(answer.updated)}`);
  if (some(answer.unchanged)) parts.push(`already there as in the file ${count(answer.unchanged)}`);
  const lines = [
    `Imported ${answer.slug}: ${parts.join("; ")}.`,
    ...answer.skipped.map((skipped) => `Skipped ${skipped.item}: ${skipped.reason}.`),
    ...answer.notes,
  ];
  result.replaceChildren();
  for (const line of lines) {
    const p = document.createElement("p");
    p.textContent = line;
    result.append(p);
  }
  const link = document.createElement("a");
  link.href = `/organise/events/${encodeURIComponent(answer.slug)}`;
  link.textContent = "Open the event";
  result.append(link);
  result.className = "import-result";
  result.hidden = false;
}

function say(text, failed) {
  result.textContent = text;
  result.className = failed ? "import-result field-error" : "import-result";
  result.hidden = false;
}
