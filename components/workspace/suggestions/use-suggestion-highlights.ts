"use client";
import { useCallback, useEffect, type RefObject } from "react";
import { lastAtOrBefore, type OffsetIndex } from "@/lib/domain/text/offsets";
import type { ClientSuggestion } from "@/lib/client/suggestion-requests";
import { domPointLocator, domPointToUtf16, utf16ToDomPoint } from "@/lib/client/selection-offsets";

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

    const drawn = new Map<string, { range: StaticRange; highlight: Highlight; a: number; b: number }>();
    // The sg-* highlights were cleared above, so the registry holds only this pass's.
    const highlightFor = (name: string) => CSS.highlights.get(name) ?? CSS.highlights.set(name, new Highlight()).get(name)!;
    const erase = (id: string) => {
      const old = drawn.get(id);
      if (old) old.highlight.delete(old.range);
      drawn.delete(id);
    };
    // A drawn range whose two ends are still in the document at the same offsets shows the same
    // text: keep it. A span edit re-renders one paragraph, and React keeps most of its text
    // nodes; only ranges on replaced or re-cut nodes are drawn again, so the Highlight objects
    // (and the browser's repaint of all their ranges) change only when something moved.
    const stillDrawn = (id: string, a: number, b: number) => {
      const d = drawn.get(id);
      if (!d) return false;
      const { startContainer, startOffset, endContainer, endOffset } = d.range;
      return (
        d.a === a &&
        d.b === b &&
        startContainer.isConnected &&
        endContainer.isConnected &&
        domPointToUtf16(startContainer, startOffset) === a &&
        domPointToUtf16(endContainer, endOffset) === b
      );
    };
    const draw = (items: Iterable<(typeof located)[number]>) => {
      let locate: ReturnType<typeof domPointLocator> | null = null;
      for (const { s, a, b } of items) {
        if (stillDrawn(s.id, a, b)) continue;
        erase(s.id);
        locate ??= domPointLocator(reader, paragraphStarts);
        const from = locate(a);
        const to = locate(b);
        if (!from || !to) continue;
        // A StaticRange, not a live Range: the browser updates every live Range in the document
        // on each node removal, so with a thousand suggestion ranges a span edit's re-render
        // spent 68% of the edit phase in removeChild (BENCH_CPU_PROFILE). A static range goes
        // stale instead, and the observer below redraws the paragraph whose nodes changed.
        const range = new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
        const highlight = highlightFor(s.id === current?.id ? "sg-current" : `sg-${s.label}`);
        highlight.add(range);
        drawn.set(s.id, { range, highlight, a, b });
      }
    };

    // Only paragraphs on or near the screen carry highlights: every change to a Highlight makes
    // the browser restyle and repaint all of its ranges, which with every suggestion of a long
    // article drawn cost ~100 ms of rendering per span edit (bench:workspace, painted − committed).
    // Any DOM change does too (Chrome rebuilds every highlight's markers when the DOM or style
    // changed), so the margin is small: with a screen above and below drawn, paint and pre-paint
    // took ~35 ms of main-thread CPU per span edit against ~6 ms with no suggestion highlights
    // (BENCH_TRACE, loaded machine). A paragraph scrolling in gets its ranges a frame later.
    const near = new Set<number>();
    const touchesNear = (l: (typeof located)[number]) => {
      for (let pi = l.first; pi <= l.last; pi++) if (near.has(pi)) return true;
      return false;
    };
    let frame = 0;
    const dirty = new Set<number>();
    const paint = () => {
      frame = 0;
      const items = new Set<(typeof located)[number]>();
      for (const pi of dirty) for (const l of byParagraph.get(pi) ?? []) items.add(l);
      dirty.clear();
      const show: (typeof located)[number][] = [];
      for (const l of items)
        if (touchesNear(l)) show.push(l);
        else erase(l.s.id);
      draw(show);
    };
    const schedule = (pi: number | "all") => {
      if (pi === "all") for (const n of near) dirty.add(n);
      else dirty.add(pi);
      if (!frame) frame = requestAnimationFrame(paint);
    };
    const paragraphOf = (node: Node) => {
      const pi = (node instanceof Element ? node : node.parentElement)?.closest("[data-pi]")?.getAttribute("data-pi");
      return pi == null ? null : Number(pi);
    };
    const viewport = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const pi = paragraphOf(e.target);
          if (pi === null) continue;
          if (e.isIntersecting) near.add(pi);
          else near.delete(pi);
          schedule(pi);
        }
      },
      { rootMargin: "15% 0px" },
    );
    for (const el of reader.querySelectorAll("[data-pi]")) viewport.observe(el);
    // Span edits re-render paragraphs and replace their text nodes: redraw what they touched.
    const observer = new MutationObserver((records) => {
      for (const r of records) schedule(paragraphOf(r.target) ?? "all");
    });
    observer.observe(reader, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      viewport.disconnect();
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
