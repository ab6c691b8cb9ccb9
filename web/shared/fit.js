// Text that must fit its box without ever being cut: the projector's title and clock, the
// presenters' line, and the tablet's card, whose size never changes under the moderator's hand.
// Sizes come from CSS: an element's own font-size is the largest it may take, its --fit-min the
// smallest.

function px(value) {
  return parseFloat(value) || 0;
}

/** The element's --fit-min in pixels, or 0 when it has none. */
function minimum(element) {
  element.style.fontSize = "var(--fit-min, 0px)";
  const min = px(getComputedStyle(element).fontSize);
  element.style.fontSize = "";
  return min;
}

/**
 * The largest size at which the element takes at most `lines` lines. At its smallest size it
 * wraps onto more lines rather than lose a word.
 */
export function fitLines(element, lines) {
  element.style.fontSize = "";
  const max = px(getComputedStyle(element).fontSize);
  const min = Math.min(max, minimum(element) || max);
  const fits = (size) => {
    element.style.fontSize = `${size}px`;
    const line = px(getComputedStyle(element).lineHeight) || size * 1.2;
    return element.scrollHeight <= Math.ceil(line * lines) + 1;
  };
  if (fits(max)) return;
  if (!fits(min)) return;
  let low = min;
  let high = max;
  for (let i = 0; i < 8; i++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  element.style.fontSize = `${low}px`;
}

/**
 * One line of text as large as its box allows, up to the element's own size: the clock. The
 * element is an inline-block in a box of its own; its text's width grows with its size.
 */
export function fitOneLine(element, box) {
  element.style.fontSize = "";
  const max = px(getComputedStyle(element).fontSize);
  const natural = element.getBoundingClientRect();
  if (natural.width === 0 || natural.height === 0) return;
  const scale = Math.min(1, box.clientWidth / natural.width, box.clientHeight / natural.height);
  element.style.fontSize = `${Math.floor(max * scale)}px`;
}

/**
 * As many names as fit the element's line, then "… + 3" for the others. Only a single name too
 * long for any line wraps; no name is ever cut.
 */
export function fitNames(element, names, prefix = "") {
  element.classList.remove("wraps");
  element.title = names.length ? prefix + names.join(", ") : "";
  for (let shown = names.length; shown >= 1; shown--) {
    const rest = names.length - shown;
    element.textContent = `${prefix}${names.slice(0, shown).join(", ")}${rest ? ` … + ${rest}` : ""}`;
    if (element.scrollWidth <= element.clientWidth) return;
  }
  element.classList.add("wraps");
}

/** As many whole words as fit in `lines` lines, then "…": for a preview such as the next topic. */
export function fitWords(element, sentence, lines) {
  element.title = sentence;
  const line = () => px(getComputedStyle(element).lineHeight);
  element.textContent = sentence;
  if (element.scrollHeight <= Math.ceil(line() * lines) + 1) return;
  const words = sentence.split(/\s+/);
  let low = 1;
  let high = words.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    element.textContent = `${words.slice(0, middle).join(" ")} …`;
    if (element.scrollHeight <= Math.ceil(line() * lines) + 1) low = middle;
    else high = middle - 1;
  }
  element.textContent = `${words.slice(0, low).join(" ")} …`;
}
