/**
 * Scroll `container` (not the page) so `el` is visible: "nearest" moves as little as
 * possible, "center" centres it. `topInset` leaves room for a sticky header inside the container.
 * (Element.scrollIntoView would also scroll the window, pulling the page away from the item the reviewer is reading.)
 */
export function scrollWithin(container: HTMLElement | null, el: Element | null, align: "nearest" | "center", topInset = 0): void {
  if (!container || !el) return;
  const box = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const top = r.top - box.top + container.scrollTop;
  if (align === "center") {
    container.scrollTo({ top: top - container.clientHeight / 2 + r.height / 2, behavior: "smooth" });
  } else if (r.top < box.top + topInset) {
    container.scrollTop = top - topInset;
  } else if (r.bottom > box.bottom) {
    container.scrollTop = top - container.clientHeight + r.height;
  }
}
