// Precision, recall and F1 of one annotator's spans against another's. Results are plain
// counts (tp, fp, fn) so they can be summed over documents and pairs before scoring.
// Offsets are code points, ranges half-open [start, end). Pure.
import { forEachOverlappingPair, hullLength, overlapLength } from "./overlap-pairs";
import { at } from "../at";

/** The part of a span that matching looks at. */
export interface LabelledRange {
  label: string;
  start: number;
  end: number;
}

/** exact: same label, start and end. overlap: same label and the ranges share a position. */
export type MatchMode = "exact" | "overlap";

export interface MatchCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface MatchScores extends MatchCounts {
  /** null when undefined (nothing to divide by), never NaN. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface SpanMatch {
  overall: MatchCounts;
  byLabel: Record<string, MatchCounts>;
}

/**
 * Scores `candidate` (annotator B) against `reference` (annotator A). Matching is
 * one-to-one: in overlap mode, pairs are taken greedily by largest overlap, so a span
 * can't be credited twice when the other side has two nested spans over it.
 */
export function matchSpans(reference: readonly LabelledRange[], candidate: readonly LabelledRange[], mode: MatchMode): SpanMatch {
  const refByLabel = groupByLabel(reference);
  const candByLabel = groupByLabel(candidate);
  const labels = [...new Set([...refByLabel.keys(), ...candByLabel.keys()])].sort();
  const overall = emptyCounts();
  const byLabel: Record<string, MatchCounts> = {};
  for (const label of labels) {
    const ref = refByLabel.get(label) ?? [];
    const cand = candByLabel.get(label) ?? [];
    const tp = mode === "exact" ? countExactMatches(ref, cand) : countOverlapMatches(ref, cand);
    const counts = { tp, fp: cand.length - tp, fn: ref.length - tp };
    byLabel[label] = counts;
    accumulateCounts(overall, counts);
  }
  return { overall, byLabel };
}

export function emptyCounts(): MatchCounts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds `more` into `target` (mutates it: accumulation over thousands of documents). */
export function accumulateCounts(target: MatchCounts, more: MatchCounts): void {
  target.tp += more.tp;
  target.fp += more.fp;
  target.fn += more.fn;
}

export function scoreCounts({ tp, fp, fn }: MatchCounts): MatchScores {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

function groupByLabel(spans: readonly LabelledRange[]): Map<string, LabelledRange[]> {
  const groups = new Map<string, LabelledRange[]>();
  for (const s of spans) {
    const group = groups.get(s.label);
    if (group) group.push(s);
    else groups.set(s.label, [s]);
  }
  // Sorted so greedy tie-breaks, and thus the counts, don't depend on input order.
  for (const group of groups.values()) group.sort((a, b) => a.start - b.start || a.end - b.end);
  return groups;
}

/** Multiset intersection on (start, end): duplicates match at most as often as they occur. */
function countExactMatches(ref: readonly LabelledRange[], cand: readonly LabelledRange[]): number {
  const available = new Map<string, number>();
  for (const s of ref) available.set(`${s.start}:${s.end}`, (available.get(`${s.start}:${s.end}`) ?? 0) + 1);
  let tp = 0;
  for (const s of cand) {
    const key = `${s.start}:${s.end}`;
    const left = available.get(key) ?? 0;
    if (left > 0) {
      available.set(key, left - 1);
      tp++;
    }
  }
  return tp;
}

function countOverlapMatches(ref: readonly LabelledRange[], cand: readonly LabelledRange[]): number {
  const all = [...ref, ...cand];
  const pairs: { r: number; c: number; overlap: number; hull: number }[] = [];
  forEachOverlappingPair(all, (i, j) => {
    if (i >= ref.length || j < ref.length) return; // both from the same side
    const [x, y] = [at(all, i), at(all, j)];
    pairs.push({ r: i, c: j, overlap: overlapLength(x, y), hull: hullLength(x, y) });
  });
  // Largest overlap first; among equals the tighter pair (an exact match has the smallest hull).
  pairs.sort((x, y) => y.overlap - x.overlap || x.hull - y.hull || x.r - y.r || x.c - y.c);
  const usedRef = new Set<number>();
  const usedCand = new Set<number>();
  for (const p of pairs) {
    if (usedRef.has(p.r) || usedCand.has(p.c)) continue;
    usedRef.add(p.r);
    usedCand.add(p.c);
  }
  return usedRef.size;
}
