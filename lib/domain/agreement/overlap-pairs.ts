// Enumerating overlapping pairs of half-open ranges without comparing every pair. Pure.
import { at } from "../at";

export interface Range {
  start: number;
  end: number;
}

/**
 * Calls `visit(i, j)` (i < j, indices into `ranges`) once for every pair of ranges that
 * overlap, i.e. share at least one position. Empty ranges overlap nothing. A sweep in
 * start order keeps only the ranges still open, so the cost is O(n log n + pairs).
 */
export function forEachOverlappingPair(ranges: readonly Range[], visit: (i: number, j: number) => void): void {
  const order = ranges
    .map((_, i) => i)
    .filter((i) => at(ranges, i).end > at(ranges, i).start)
    .sort((x, y) => at(ranges, x).start - at(ranges, y).start || x - y);
  const open: number[] = [];
  for (const current of order) {
    const position = at(ranges, current).start;
    let kept = 0;
    for (const other of open) {
      if (at(ranges, other).end <= position) continue;
      open[kept++] = other;
      // `other` started at or before `position` and ends after it: the two overlap.
      visit(Math.min(other, current), Math.max(other, current));
    }
    open.length = kept;
    open.push(current);
  }
}

/** Length of the intersection of two ranges (0 when they do not overlap). */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Length of the smallest range covering both. */
export function hullLength(a: Range, b: Range): number {
  return Math.max(a.end, b.end) - Math.min(a.start, b.start);
}
