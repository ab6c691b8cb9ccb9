// A modal dialog that keeps the keyboard inside it while open and gives the focus back to where
// it was on Escape or Close, so a moderator working from the keyboard carries on from there.

/**
 * @param {HTMLDialogElement} dialog
 * @param {HTMLElement} close its Close button, focused when it opens
 * @param {HTMLElement} fallback where the focus goes back when nothing in particular had it
 */
export function modalDialog(dialog, close, fallback) {
  let opener = null;
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    (opener && opener !== document.body ? opener : fallback).focus();
  });
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    const stops = [...dialog.querySelectorAll("button, [href], input, select, textarea")];
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  });
  return {
    open() {
      opener = document.activeElement;
      dialog.showModal();
      close.focus();
    },
    isOpen: () => dialog.open,
  };
}
