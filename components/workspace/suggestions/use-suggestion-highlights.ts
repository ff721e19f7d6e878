"use client";
import { useCallback, useEffect, type RefObject } from "react";
import { lastAtOrBefore, type OffsetIndex } from "@/lib/domain/text/offsets";
import type { ClientSuggestion } from "@/lib/client/suggestion-requests";
import { domPointLocator, utf16ToDomPoint } from "@/lib/client/selection-offsets";

// Suggestions are drawn with the CSS Custom Highlight API: ranges over the reader's existing
// text nodes, styled by ::highlight(sg-<label>) rules. Nothing is added to the DOM, so the
// paragraphs' memoized rendering and the span marks stay exactly as they are, and a
// suggestion can never be mistaken for (or clicked as) a real span. Text leaves carry their
// UTF-16 offset in data-o (paragraph.tsx); offsets convert through the document's OffsetIndex,
// and DOM points come from domPointLocator, as for the workspace's own selections.

function clearSuggestionHighlights(): void {
  for (const key of [...CSS.highlights.keys()]) if (key.startsWith("sg-")) CSS.highlights.delete(key);
}

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
    clearSuggestionHighlights();
    // Each suggestion keyed by the paragraphs it touches, so that a span edit (which re-renders
    // one paragraph and replaces its text nodes) redraws only that paragraph's suggestions. A
    // full redraw per edit located every pending suggestion again: with 2,000 spans and a
    // suggester's worth of suggestions, bench:workspace measured 4 s per add.
    const located = pending.map((s) => {
      const a = index.toUtf16(s.start);
      const b = index.toUtf16(s.end);
      return { s, a, b, first: lastAtOrBefore(paragraphStarts, a), last: lastAtOrBefore(paragraphStarts, b) };
    });
    const byParagraph = new Map<number, typeof located>();
    for (const l of located) for (let pi = l.first; pi <= l.last; pi++) (byParagraph.get(pi) ?? byParagraph.set(pi, []).get(pi)!).push(l);

    const drawn = new Map<string, { range: Range; highlight: Highlight }>();
    // The sg-* highlights were cleared above, so the registry holds only this pass's.
    const highlightFor = (name: string) => CSS.highlights.get(name) ?? CSS.highlights.set(name, new Highlight()).get(name)!;
    const draw = (items: Iterable<(typeof located)[number]>) => {
      const locate = domPointLocator(reader, paragraphStarts);
      for (const { s, a, b } of items) {
        const old = drawn.get(s.id);
        if (old) old.highlight.delete(old.range);
        drawn.delete(s.id);
        const from = locate(a);
        const to = locate(b);
        if (!from || !to) continue;
        const range = document.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        const highlight = highlightFor(s.id === current?.id ? "sg-current" : `sg-${s.label}`);
        highlight.add(range);
        drawn.set(s.id, { range, highlight });
      }
    };

    let frame = 0;
    let all = true;
    const dirty = new Set<number>();
    const paint = () => {
      frame = 0;
      if (all) draw(located);
      else draw(new Set([...dirty].flatMap((pi) => byParagraph.get(pi) ?? [])));
      all = false;
      dirty.clear();
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    schedule();
    // Span edits re-render paragraphs and replace their text nodes: redraw what they touched.
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const pi = r.target instanceof Element ? r.target.closest("[data-pi]")?.getAttribute("data-pi") : null;
        if (pi == null) all = true;
        else dirty.add(Number(pi));
      }
      schedule();
    });
    observer.observe(reader, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearSuggestionHighlights();
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
