"use client";
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
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

/**
 * Which spans each paragraph shows. The server renders plain text. Right after hydration
 * the paragraphs on screen get their highlights; then, a paint at a time, the next
 * REVEAL_STEP paragraphs on each side, until all have them. Each step is a transition
 * (rendered in slices) with a small commit, so no single task blocks the page for long.
 * After an edit only the changed spans' paragraphs get new span lists (paragraph-buckets.ts).
 */
export function useHighlights(
  readerRef: RefObject<HTMLDivElement | null>,
  paragraphs: readonly Paragraph[],
  snap: ContentSnapshot,
  language: string,
) {
  const [reveal, setReveal] = useState<Reveal>(null);
  const last = paragraphs.length - 1;
  useLayoutEffect(() => markHydrated(), []);
  useEffect(() => {
    const range = paragraphsOnScreen(readerRef.current, paragraphs.length);
    startTransition(() => setReveal(range));
  }, [readerRef, paragraphs.length]);
  const revealedAll = reveal !== null && reveal[0] === 0 && reveal[1] >= last;
  useLayoutEffect(() => {
    if (reveal === null) return;
    markPaintedAfterCommit();
    if (revealedAll) return markAllRevealed();
    const [from, to] = reveal;
    afterNextPaint(() => startTransition(() => setReveal([Math.max(0, from - REVEAL_STEP), Math.min(last, to + REVEAL_STEP)])));
  }, [reveal, revealedAll, last]);
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
  return { buckets, revealRange: reveal ?? NONE, revealed: reveal !== null };
}
