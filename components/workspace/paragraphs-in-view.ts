"use client";

/**
 * Binary search over the paragraphs' own boxes, which are laid out even while
 * content-visibility skips their contents: a call reads a dozen rectangles, not every
 * paragraph's. Null when no paragraph with text is within `margin` screens.
 */
export function paragraphsInView(reader: HTMLElement, margin: number): [number, number] | null {
  // Empty lines are display: none (a zero box at the origin): leave them out of the search.
  // Placeholders (data-wait: text not rendered yet) are laid out, and count.
  const ps = Array.from(reader.querySelectorAll<HTMLElement>("[data-pi]")).filter((p) => p.firstChild || p.dataset.wait !== undefined);
  const top = -margin * window.innerHeight;
  const bottom = (1 + margin) * window.innerHeight;
  const first = firstIndex(ps.length, (i) => ps[i].getBoundingClientRect().bottom >= top);
  const end = firstIndex(ps.length, (i) => i >= first && ps[i].getBoundingClientRect().top > bottom);
  if (first >= end) return null;
  return [Number(ps[first].dataset.pi), Number(ps[end - 1].dataset.pi)];
}

/** The least i in [0, n) with ok(i), or n; ok is false, then true, along the range. */
function firstIndex(n: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
