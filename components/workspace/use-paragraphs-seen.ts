"use client";
import { startTransition, useEffect, useState, type RefObject } from "react";

/**
 * How far beyond the screen counts as "in view", in screens. Small, because drawing is the
 * cost: a jump draws what lands within the margin, and on the bench article that is a few
 * hundred suggestions per paragraph.
 */
const MARGIN = 0.25;
const NONE: ReadonlySet<number> = new Set();

/**
 * The paragraphs (data-pi) that have come within a quarter screen of the viewport since the text was
 * shown, updated a frame after each scroll or resize (a transition: scrolling never waits for
 * it). The set only grows: a paragraph scrolled past keeps what it drew, so scrolling back and
 * forth costs nothing, and a jump draws only the paragraphs it lands on. The workspace draws
 * pending suggestions only in these: a suggester can propose tens of thousands on a long
 * article (bench:workspace's has 56,000), and drawing them all at once put 43,000 nodes in the
 * page and a one-second task into its load.
 */
export function useParagraphsSeen(readerRef: RefObject<HTMLDivElement | null>, count: number): ReadonlySet<number> {
  const [seen, setSeen] = useState<ReadonlySet<number>>(NONE);
  useEffect(() => {
    const reader = readerRef.current;
    if (!reader) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const range = paragraphsInView(reader, MARGIN);
      if (!range) return;
      startTransition(() =>
        setSeen((s) => {
          let grown: Set<number> | null = null;
          for (let pi = range[0]; pi <= range[1]; pi++) if (!s.has(pi)) (grown ??= new Set(s)).add(pi);
          return grown ?? s;
        }),
      );
    };
    const onView = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    // Capture: a scroll of any scroller (the window, or a panel holding the reader) counts.
    document.addEventListener("scroll", onView, { capture: true, passive: true });
    window.addEventListener("resize", onView, { passive: true });
    update();
    return () => {
      document.removeEventListener("scroll", onView, { capture: true });
      window.removeEventListener("resize", onView);
      cancelAnimationFrame(frame);
    };
  }, [readerRef, count]);
  return seen;
}

/**
 * Binary search over the paragraphs' own boxes, which are laid out even while
 * content-visibility skips their contents: a call reads a dozen rectangles, not every
 * paragraph's. Null when no paragraph with text is within `margin` screens.
 */
function paragraphsInView(reader: HTMLElement, margin: number): [number, number] | null {
  // Empty lines are display: none (a zero box at the origin): leave them out of the search.
  const ps = Array.from(reader.querySelectorAll<HTMLElement>("[data-pi]")).filter((p) => p.firstChild);
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
