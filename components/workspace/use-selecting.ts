"use client";
import { startTransition, useEffect, useState, type RefObject } from "react";
import { afterNextPaint } from "./perf-marks";

/**
 * True while the annotator is selecting text in the reader: from a press in it until the
 * release, and while a selection made there is still standing. Updates that would re-render
 * paragraphs for no edit of theirs (suggestions arriving, or coming into view) wait for it to
 * end: a re-render replaces a paragraph's text nodes, which drops a selection anchored in
 * them, or moves a drag's start.
 */
export function useSelecting(readerRef: RefObject<HTMLDivElement | null>): boolean {
  const [selecting, setSelecting] = useState(false);
  useEffect(() => {
    const reader = readerRef.current;
    if (!reader) return;
    let pressed = false;
    let releasing = false;
    const now = () => {
      const sel = document.getSelection();
      return pressed || (!!sel && !sel.isCollapsed && reader.contains(sel.anchorNode));
    };
    // On at once; off after the next paint, in a transition: the selection usually ends in a
    // tag, and what was held back (suggestions for paragraphs scrolled into view meanwhile)
    // must not hold up that tag's paint.
    const update = () => {
      if (now()) {
        setSelecting(true);
        return;
      }
      if (releasing) return;
      releasing = true;
      afterNextPaint(() => {
        releasing = false;
        if (!now()) startTransition(() => setSelecting(false));
      });
    };
    const down = () => {
      pressed = true;
      update();
    };
    const up = () => {
      pressed = false;
      update();
    };
    reader.addEventListener("pointerdown", down);
    window.addEventListener("pointerup", up);
    window.addEventListener("pointercancel", up);
    document.addEventListener("selectionchange", update);
    return () => {
      reader.removeEventListener("pointerdown", down);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", up);
      document.removeEventListener("selectionchange", update);
    };
  }, [readerRef]);
  return selecting;
}

/**
 * `value`, except while `hold` is true: then the value it had when the hold began. Applied
 * at render, so an update already on its way (a transition that started before the press)
 * cannot slip through either.
 */
export function useHeld<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState(value);
  // React's pattern for state derived from the previous render: set during render, no effect.
  if (!hold && held !== value) setHeld(value);
  return hold ? held : value;
}
