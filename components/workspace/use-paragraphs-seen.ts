"use client";
import { startTransition, useEffect, useState, type RefObject } from "react";
import { paragraphsInView } from "./paragraphs-in-view";

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
