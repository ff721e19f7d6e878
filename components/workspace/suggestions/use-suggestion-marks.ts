"use client";
import { useCallback, useMemo, useRef, type RefObject } from "react";
import type { OffsetIndex } from "@/lib/domain/text/offsets";
import type { ClientSuggestion } from "@/lib/client/suggestion-requests";
import type { Paragraph } from "@/lib/client/paragraphs";
import { bucketSpans, keepUnchangedBuckets, type Buckets } from "@/lib/client/paragraph-buckets";
import { utf16ToDomPoint } from "@/lib/client/selection-offsets";
import { findSuggestion } from "@/lib/domain/suggest/suggestion-list";

// Pending suggestions are drawn by the paragraphs themselves, as attributes on the text leaves
// they cover (paragraph.tsx says why not CSS Custom Highlights). A suggestion is never a
// <mark>: it cannot be mistaken for, or clicked as, a real span.

/**
 * Pending suggestions per paragraph. A paragraph whose suggestions did not change keeps its
 * array, so deciding one suggestion re-renders only the paragraphs it touched, and a poll
 * that brings the same suggestions again (new objects) re-renders none.
 */
export function useSuggestionBuckets(paragraphs: readonly Paragraph[], pending: readonly ClientSuggestion[]): Buckets<ClientSuggestion> {
  const previous = useRef<Buckets<ClientSuggestion> | null>(null);
  return useMemo(() => {
    const next = keepUnchangedBuckets(previous.current, bucketSpans(paragraphs, pending), sameSuggestion);
    previous.current = next;
    return next;
  }, [paragraphs, pending]);
}

/** A string match's id names its label and range, so two matches alike there are the same (their ids are not made). */
function sameSuggestion(a: ClientSuggestion, b: ClientSuggestion): boolean {
  return a.start === b.start && a.end === b.end && a.label === b.label && ((a.source === "match" && b.source === "match") || a.id === b.id);
}

/** Scrolls the reader to a pending suggestion (the bar's arrows, and n / p). */
export function useSuggestionJump(
  readerRef: RefObject<HTMLDivElement | null>,
  paragraphStarts: readonly number[],
  index: OffsetIndex,
  pending: readonly ClientSuggestion[],
): (id: string) => void {
  return useCallback(
    (id: string) => {
      const reader = readerRef.current;
      const s = findSuggestion(pending, id);
      if (!reader || !s) return;
      const hit = utf16ToDomPoint(reader, paragraphStarts, index.toUtf16(s.start));
      const el = hit?.node instanceof Element ? hit.node : hit?.node.parentElement;
      el?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    [readerRef, paragraphStarts, index, pending],
  );
}
