// Brings a list row into view by scrolling only the panel that holds it, never the page (the map must stay in view).

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflowY = getComputedStyle(p).overflowY;
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/** Scrolls the nearest scrolling ancestor just enough that `el` is fully visible (with a small margin). */
export function scrollIntoViewWithin(el: HTMLElement, marginPx = 8): void {
  const parent = scrollParent(el);
  if (!parent) return;
  const box = el.getBoundingClientRect();
  const view = parent.getBoundingClientRect();
  if (box.top < view.top + marginPx) parent.scrollTop -= view.top + marginPx - box.top;
  else if (box.bottom > view.bottom - marginPx) parent.scrollTop += box.bottom - (view.bottom - marginPx);
}
