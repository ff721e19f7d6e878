"use client";
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { bucketSpans, updateBuckets, type Buckets } from "@/lib/client/paragraph-buckets";
import { loadDateNormalizer } from "@/lib/client/date-prefill";
import { warmUpSegmenters } from "@/lib/client/text-boundaries";
import type { Paragraph } from "@/lib/client/paragraphs";
import type { ClientSpan } from "@/lib/client/span-types";
import type { ContentSnapshot } from "@/lib/client/workspace-model";
import { paragraphsInView } from "./paragraphs-in-view";
import { afterNextPaint, markAllRevealed, markHydrated, markPaintedAfterCommit } from "./perf-marks";

/** Paragraphs [from, to] whose highlights are shown; null before the first reveal. */
type Reveal = null | readonly [number, number];
const NONE = [0, -1] as const;
const REVEAL_STEP = 40;

/** Indexes [from, to] of the paragraphs within a screen's height of the viewport. */
function paragraphsOnScreen(reader: HTMLElement | null, count: number): [number, number] {
  if (!reader) return [0, count - 1];
  return paragraphsInView(reader, 1) ?? [0, Math.min(count - 1, 20)];
}

/** About two screens of text at the widest layout: the paragraphs the server renders, with their highlights. */
const FIRST_SCREEN_CHARS = 6000;

/**
 * Paragraphs [0, k] holding the text's first FIRST_SCREEN_CHARS characters. Server and client
 * compute the same range, so these paragraphs are rendered with their highlights by the server
 * and hydrated as they are: the top of the article is highlighted from its first paint instead
 * of after hydration and a second commit (bench:workspace: ~100 ms later).
 */
function firstScreen(paragraphs: readonly Paragraph[]): readonly [number, number] {
  let k = 0;
  while (k < paragraphs.length - 1 && (paragraphs[k]?.u16End ?? Infinity) < FIRST_SCREEN_CHARS) k++;
  return [0, k];
}

/** The revealed range grown to cover `range` when they touch; else `range` (the screen comes first). */
function widen(r: Reveal, range: readonly [number, number]): Reveal {
  if (!r || range[0] > r[1] + 1 || range[1] < r[0] - 1) return range;
  if (range[0] >= r[0] && range[1] <= r[1]) return r;
  return [Math.min(r[0], range[0]), Math.max(r[1], range[1])];
}

/** The smallest range holding both. */
function hull(a: readonly [number, number], b: readonly [number, number]): readonly [number, number] {
  return a[0] <= b[0] && a[1] >= b[1] ? a : [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/**
 * Which spans each paragraph shows, and which paragraphs show their text at all. The server
 * renders the first screen's paragraphs with their highlights (firstScreen) and the rest as
 * empty placeholders of a paragraph's estimated height. Right after hydration the paragraphs on
 * screen get their text and highlights; then, a paint at a time, the next REVEAL_STEP
 * paragraphs on each side, until all have them. Each step is a transition
 * (rendered in slices) with a small commit, so no single task blocks the page for long.
 * After an edit only the changed spans' paragraphs get new span lists (paragraph-buckets.ts).
 */
export function useHighlights(
  readerRef: RefObject<HTMLDivElement | null>,
  paragraphs: readonly Paragraph[],
  snap: ContentSnapshot,
  language: string,
) {
  // `text` is every range ever revealed, joined: paragraphs outside it (and outside what has
  // been scrolled near, use-paragraphs-seen.ts) render as empty placeholders, so the page
  // carries the article's text once (in the props React hydrates from) instead of twice.
  const [state, setState] = useState<{ hl: Reveal; text: readonly [number, number] }>(() => {
    const first = firstScreen(paragraphs);
    return { hl: first, text: first };
  });
  const reveal = state.hl;
  const setReveal = useCallback(
    (next: (r: Reveal) => Reveal) =>
      setState((s) => {
        const hl = next(s.hl);
        return hl === s.hl ? s : { hl, text: hl ? hull(s.text, hl) : s.text };
      }),
    [],
  );
  const last = paragraphs.length - 1;
  useLayoutEffect(() => markHydrated(), []);
  useEffect(() => {
    const range = paragraphsOnScreen(readerRef.current, paragraphs.length);
    // Opened at the top (the usual case) this is inside the first screen already; opened
    // further down (a restored scroll), the paragraphs there come first.
    startTransition(() => setReveal((r) => widen(r, range)));
  }, [readerRef, paragraphs.length, setReveal]);
  const revealedAll = reveal !== null && reveal[0] === 0 && reveal[1] >= last;
  useLayoutEffect(() => {
    if (reveal === null) return;
    const [from, to] = reveal;
    // "Painted" (bench:workspace) once what is actually on screen has its highlights.
    markPaintedAfterCommit(() => {
      const visible = readerRef.current && paragraphsInView(readerRef.current, 0);
      return !visible || (visible[0] >= from && visible[1] <= to);
    });
    if (revealedAll) return markAllRevealed();
    // Functional: the screen's range (the effect above) may have replaced this one meanwhile.
    afterNextPaint(() =>
      startTransition(() => setReveal((r) => r && [Math.max(0, r[0] - REVEAL_STEP), Math.min(last, r[1] + REVEAL_STEP)])),
    );
  }, [readerRef, reveal, revealedAll, last, setReveal]);
  useEffect(() => {
    if (!revealedAll) return;
    // Idle-time warm-up, so the first tag does not pay for it: ICU's segmenters, then chrono.
    const t = setTimeout(() => {
      warmUpSegmenters(language);
      void loadDateNormalizer();
    }, 500);
    return () => clearTimeout(t);
  }, [revealedAll, language]);

  const previous = useRef<{ buckets: Buckets; byKey: ReadonlyMap<string, ClientSpan> } | null>(null);
  const buckets = useMemo(() => {
    if (reveal === null) return null;
    const before = previous.current;
    const next = before ? updateBuckets(paragraphs, before.buckets, before.byKey, snap.byKey) : bucketSpans(paragraphs, snap.spans);
    previous.current = { buckets: next, byKey: snap.byKey };
    return next;
  }, [reveal, paragraphs, snap.byKey, snap.spans]);
  return { buckets, revealRange: reveal ?? NONE, revealed: reveal !== null, textRange: state.text };
}
