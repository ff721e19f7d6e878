// Character-level agreement on one label: every code point of a document is a unit and
// each annotator's value is 1 when one of their spans of that label covers it, else 0.
// Nothing here allocates per character: coverage is kept as sorted disjoint intervals and
// coincidences are counted per run of characters between span boundaries. Pure.
import type { Range } from "./overlap-pairs";
import { at } from "../at";

/**
 * The binary coincidence matrix of Krippendorff's alpha, summable across labels and
 * documents. `values` = n (all pairable values), `ones` = n_1 (values that are 1),
 * `disagreements` = o_01 (= o_10). The other cells follow: o_11 = n_1 − o_01,
 * o_00 = n − n_1 − o_01.
 */
export interface BinaryCoincidences {
  values: number;
  ones: number;
  disagreements: number;
}

/** Two annotators' character-level 2×2 table; `neither` is implied by the unit count. */
export interface PairTable {
  both: number;
  onlyFirst: number;
  onlySecond: number;
}

/** Sorted, disjoint, non-adjacent union of the ranges. */
export function mergeCoverage(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}

export function coveredLength(coverage: readonly Range[]): number {
  let n = 0;
  for (const r of coverage) n += r.end - r.start;
  return n;
}

/** Length of the intersection of two merged coverages, by a two-pointer walk. */
export function intersectionLength(a: readonly Range[], b: readonly Range[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const [x, y] = [at(a, i), at(b, j)];
    n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end <= y.end) i++;
    else j++;
  }
  return n;
}

export function emptyCoincidences(): BinaryCoincidences {
  return { values: 0, ones: 0, disagreements: 0 };
}

export function accumulateCoincidences(target: BinaryCoincidences, more: BinaryCoincidences): void {
  target.values += more.values;
  target.ones += more.ones;
  target.disagreements += more.disagreements;
}

/**
 * Coincidences of a document of `length` code points whose m annotators each have one
 * merged coverage. A character covered by k of m annotators adds k(m−k)/(m−1) to o_01
 * and k to n_1; runs between boundaries share k, so each run is counted once.
 * With fewer than two annotators no unit is pairable and everything is 0.
 */
export function countCoincidences(length: number, coverages: readonly (readonly Range[])[]): BinaryCoincidences {
  const m = coverages.length;
  if (m < 2) return emptyCoincidences();
  const events: number[] = []; // position * 2 + (0 for an end, 1 for a start); order is irrelevant within a position
  for (const coverage of coverages) {
    for (const r of coverage) events.push(r.start * 2 + 1, r.end * 2);
  }
  events.sort((x, y) => x - y);
  let ones = 0;
  let disagreements = 0;
  let k = 0;
  let previous = 0;
  for (const event of events) {
    const position = Math.floor(event / 2);
    const run = position - previous;
    if (run > 0 && k > 0) {
      ones += run * k;
      disagreements += (run * k * (m - k)) / (m - 1);
    }
    previous = position;
    k += event % 2 === 1 ? 1 : -1;
  }
  return { values: length * m, ones, disagreements };
}

/**
 * Nominal alpha of a binary coincidence matrix: 1 − (n − 1) · o_01 / (n_0 · n_1).
 * null when undefined: nothing pairable, or everyone used one value only.
 */
export function alphaFromCoincidences({ values, ones, disagreements }: BinaryCoincidences): number | null {
  const zeros = values - ones;
  if (ones <= 0 || zeros <= 0) return null;
  return 1 - ((values - 1) * disagreements) / (zeros * ones);
}

/** Character-level 2×2 table of two annotators' merged coverages. */
export function countPairTable(first: readonly Range[], second: readonly Range[]): PairTable {
  const both = intersectionLength(first, second);
  return { both, onlyFirst: coveredLength(first) - both, onlySecond: coveredLength(second) - both };
}

/** Cohen's kappa of a 2×2 table over `units` units; null when chance agreement is total. */
export function kappaFromPairTable({ both, onlyFirst, onlySecond }: PairTable, units: number): number | null {
  const neither = units - both - onlyFirst - onlySecond;
  if (units <= 0) return null;
  const firstOnes = both + onlyFirst;
  const secondOnes = both + onlySecond;
  const chance = firstOnes * secondOnes + (units - firstOnes) * (units - secondOnes);
  const all = units * units;
  if (chance === all) return null;
  return ((both + neither) * units - chance) / (all - chance);
}
