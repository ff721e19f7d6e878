// Which spans each paragraph renders. A paragraph whose spans did not change keeps the *same
// array* as before, so its memoized component skips rendering: an edit re-renders only the
// paragraphs it touches. The first build is O(spans + paragraphs); after an edit only the
// changed spans' paragraphs are rebuilt (a diff of the two key → span maps, which allocates
// nothing for unchanged spans).
import { paragraphRange, type Paragraph } from "./paragraphs";
import type { ClientSpan } from "./span-types";
import { at } from "@/lib/domain/at";

export const NO_SPANS: readonly ClientSpan[] = Object.freeze([]);

export type Buckets<T = ClientSpan> = readonly (readonly T[])[];

/** Items (spans, or suggestions) per paragraph they touch; paragraphs without any share one empty array. */
export function bucketSpans<T extends { start: number; end: number }>(paragraphs: readonly Paragraph[], spans: Iterable<T>): Buckets<T> {
  const buckets = new Array<T[] | undefined>(paragraphs.length);
  for (const s of spans) {
    if (s.end <= s.start) continue;
    const [first, last] = paragraphRange(paragraphs, s.start, s.end);
    for (let p = first; p <= last; p++) (buckets[p] ??= []).push(s);
  }
  const none = NO_SPANS as unknown as readonly T[]; // frozen and empty: fits any item type
  const out = new Array<readonly T[]>(paragraphs.length);
  for (let p = 0; p < paragraphs.length; p++) out[p] = buckets[p] ?? none;
  return out;
}

/**
 * `next`, with each paragraph whose items are the same as in `previous` (by `same`; by
 * identity if not given) handed back its previous array, so that its memoized component does
 * not render again.
 */
export function keepUnchangedBuckets<T>(
  previous: Buckets<T> | null,
  next: Buckets<T>,
  same: (a: T, b: T) => boolean = Object.is,
): Buckets<T> {
  if (!previous || previous.length !== next.length) return next;
  let changed = false;
  const out = next.map((items, p) => {
    const old = at(previous, p); // the same length as next
    if (old.length === items.length && old.every((x, i) => same(x, at(items, i)))) return old;
    changed = true;
    return items;
  });
  return changed ? out : previous;
}

/**
 * The buckets for `next`, given the buckets built for `prev`: only paragraphs touched by a
 * span that was added, removed or changed (a new object) get a new array.
 */
export function updateBuckets(
  paragraphs: readonly Paragraph[],
  previous: Buckets,
  prev: ReadonlyMap<string, ClientSpan>,
  next: ReadonlyMap<string, ClientSpan>,
): Buckets {
  const touched = new Set<number>();
  const changed: { span: ClientSpan; first: number; last: number }[] = [];
  const mark = (s: ClientSpan) => {
    if (s.end <= s.start) return null;
    const [first, last] = paragraphRange(paragraphs, s.start, s.end);
    for (let p = first; p <= last; p++) touched.add(p);
    return { span: s, first, last };
  };
  next.forEach((span, key) => {
    const old = prev.get(key);
    if (old === span) return;
    if (old) mark(old);
    const placed = mark(span);
    if (placed) changed.push(placed);
  });
  prev.forEach((span, key) => {
    if (!next.has(key)) mark(span);
  });
  if (touched.size === 0) return previous;
  const out = previous.slice();
  for (const p of touched) {
    const kept = at(previous, p).filter((s) => next.get(s.key) === s); // p is a paragraph index
    for (const c of changed) if (c.first <= p && p <= c.last) kept.push(c.span);
    out[p] = kept.length ? kept : NO_SPANS;
  }
  return out;
}
