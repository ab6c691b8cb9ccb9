// Drag a topic onto another to move it there. Only an enhancement: it sends the very form the Up
// and Down buttons send, so the server's order stays the one truth and the page works without it.

const lists = document.querySelectorAll("ol.topics[data-session]");

for (const list of lists) {
  let dragged = null;
  for (const item of list.querySelectorAll(":scope > li.topic")) {
    item.draggable = true;
    item.addEventListener("dragstart", (event) => {
      dragged = item;
      item.classList.add("dragging");
      event.dataTransfer.effectAllowed = "move";
    });
    item.addEventListener("dragend", () => {
      item.classList.remove("dragging");
      dragged = null;
    });
    item.addEventListener("dragover", (event) => {
      if (dragged && dragged !== item) {
        event.preventDefault();
        item.classList.add("drop-target");
      }
    });
    item.addEventListener("dragleave", () => item.classList.remove("drop-target"));
    item.addEventListener("drop", (event) => {
      event.preventDefault();
      item.classList.remove("drop-target");
      if (dragged && dragged !== item) {
        move(dragged, Number(item.dataset.index));
      }
    });
  }
}

/** Posts the topic's own move form with the new place, as a click on Up or Down would. */
function move(item, to) {
  const existing = item.querySelector("form[action$='/move']");
  if (!existing) {
    return;
  }
  const form = document.createElement("form");
  form.method = "post";
  form.action = existing.action;
  const field = document.createElement("input");
  field.type = "hidden";
  field.name = "to";
  field.value = String(to);
  form.append(field);
  document.body.append(form);
  form.submit();
}
