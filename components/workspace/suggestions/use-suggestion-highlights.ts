"use client";
import { useCallback, useEffect, type RefObject } from "react";
import type { OffsetIndex } from "@/lib/domain/offsets";
import type { ClientSuggestion } from "@/lib/client/suggestion-requests";

// Suggestions are drawn with the CSS Custom Highlight API: ranges over the reader's existing
// text nodes, styled by ::highlight(sg-<label>) rules. Nothing is added to the DOM, so the
// paragraphs' memoized rendering and the span marks stay exactly as they are, and a
// suggestion can never be mistaken for (or clicked as) a real span. Text leaves carry their
// UTF-16 offset in data-o (paragraph.tsx); offsets convert through the document's OffsetIndex.

type Leaf = { at: number; node: Text; el: HTMLElement };

function leaves(reader: HTMLElement): Leaf[] {
  const out: Leaf[] = [];
  for (const el of reader.querySelectorAll<HTMLElement>("[data-o]")) {
    const node = el.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE) out.push({ at: Number(el.dataset.o), node: node as Text, el });
  }
  return out.sort((a, b) => a.at - b.at);
}

function locate(list: Leaf[], u16: number, end: boolean): { leaf: Leaf; offset: number } | null {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].at < u16 || (!end && list[mid].at === u16)) lo = mid;
    else hi = mid - 1;
  }
  const leaf = list[lo];
  if (!leaf) return null;
  const offset = u16 - leaf.at;
  return offset >= 0 && offset <= leaf.node.length ? { leaf, offset } : null;
}

function supported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
}

export function useSuggestionHighlights(
  readerRef: RefObject<HTMLDivElement | null>,
  index: OffsetIndex,
  pending: readonly ClientSuggestion[],
  current: ClientSuggestion | null,
): (id: string) => void {
  useEffect(() => {
    const reader = readerRef.current;
    if (!reader || !supported()) return;
    let frame = 0;
    const paint = () => {
      frame = 0;
      const list = leaves(reader);
      const byLabel = new Map<string, Range[]>();
      const currentRanges: Range[] = [];
      for (const s of pending) {
        const a = locate(list, index.toUtf16(s.start), false);
        const b = locate(list, index.toUtf16(s.end), true);
        if (!a || !b) continue;
        const range = document.createRange();
        range.setStart(a.leaf.node, a.offset);
        range.setEnd(b.leaf.node, b.offset);
        (s.id === current?.id ? currentRanges : byLabel.get(s.label) ?? byLabel.set(s.label, []).get(s.label)!).push(range);
      }
      for (const key of [...CSS.highlights.keys()]) if (key.startsWith("sg-")) CSS.highlights.delete(key);
      for (const [label, ranges] of byLabel) CSS.highlights.set(`sg-${label}`, new Highlight(...ranges));
      if (currentRanges.length) CSS.highlights.set("sg-current", new Highlight(...currentRanges));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    schedule();
    // Span edits re-render paragraphs and replace their text nodes: draw again.
    const observer = new MutationObserver(schedule);
    observer.observe(reader, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      for (const key of [...CSS.highlights.keys()]) if (key.startsWith("sg-")) CSS.highlights.delete(key);
    };
  }, [readerRef, index, pending, current]);

  return useCallback(
    (id: string) => {
      const reader = readerRef.current;
      const s = pending.find((x) => x.id === id);
      if (!reader || !s) return;
      const hit = locate(leaves(reader), index.toUtf16(s.start), false);
      hit?.leaf.el.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    [readerRef, index, pending],
  );
}
