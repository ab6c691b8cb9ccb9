// Lists that follow their data by key, as vanilla-todo's update() does: an element whose key is
// still in the data is kept and changed in place, so whatever the user is doing inside it (an
// open editor, the focus, a selection) survives every incoming line.

/**
 * Makes the list's children match the items, in order.
 *
 * @param {Element} list the parent
 * @param {Array} items the data, in the order to show it
 * @param {object} how
 * @param {(item) => string|number} how.key unique within the list
 * @param {(item) => Element} how.make a new element for an item first seen
 * @param {(element: Element, item) => void} how.update brings an element up to date, in place
 */
export function reconcile(list, items, { key, make, update }) {
  const existing = new Map();
  for (const child of list.children) existing.set(child.dataset.key, child);
  let cursor = list.firstElementChild;
  for (const item of items) {
    const id = String(key(item));
    let element = existing.get(id);
    if (element) {
      existing.delete(id);
    } else {
      element = make(item);
      element.dataset.key = id;
    }
    update(element, item);
    if (element === cursor) cursor = cursor.nextElementSibling;
    else list.insertBefore(element, cursor);
  }
  for (const gone of existing.values()) gone.remove();
}
