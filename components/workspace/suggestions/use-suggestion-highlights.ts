"use client";
import { useCallback, useEffect, type RefObject } from "react";
import type { OffsetIndex } from "@/lib/domain/text/offsets";
import type { ClientSuggestion } from "@/lib/client/suggestion-requests";
import { utf16ToDomPoint } from "@/lib/client/selection-offsets";

// Suggestions are drawn with the CSS Custom Highlight API: ranges over the reader's existing
// text nodes, styled by ::highlight(sg-<label>) rules. Nothing is added to the DOM, so the
// paragraphs' memoized rendering and the span marks stay exactly as they are, and a
// suggestion can never be mistaken for (or clicked as) a real span. Text leaves carry their
// UTF-16 offset in data-o (paragraph.tsx); offsets convert through the document's OffsetIndex,
// and DOM points come from utf16ToDomPoint, as for the workspace's own selections.

function supported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
}

export function useSuggestionHighlights(
  readerRef: RefObject<HTMLDivElement | null>,
  paragraphStarts: readonly number[],
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
      const byLabel = new Map<string, Range[]>();
      const currentRanges: Range[] = [];
      for (const s of pending) {
        const a = utf16ToDomPoint(reader, paragraphStarts, index.toUtf16(s.start));
        const b = utf16ToDomPoint(reader, paragraphStarts, index.toUtf16(s.end));
        if (!a || !b) continue;
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        (s.id === current?.id ? currentRanges : (byLabel.get(s.label) ?? byLabel.set(s.label, []).get(s.label)!)).push(range);
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
  }, [readerRef, paragraphStarts, index, pending, current]);

  return useCallback(
    (id: string) => {
      const reader = readerRef.current;
      const s = pending.find((x) => x.id === id);
      if (!reader || !s) return;
      const hit = utf16ToDomPoint(reader, paragraphStarts, index.toUtf16(s.start));
      const el = hit?.node instanceof Element ? hit.node : hit?.node.parentElement;
      el?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    [readerRef, paragraphStarts, index, pending],
  );
}
