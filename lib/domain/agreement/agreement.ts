// Chance-corrected agreement coefficients over item labels: Cohen's kappa (two raters),
// Fleiss' kappa (fixed number of raters) and Krippendorff's alpha (any number of coders,
// missing values, four measurement levels). Pure. Each returns null, never NaN, when the
// coefficient is undefined: no items, or no expected disagreement (nothing varies).
import { differenceFunction, type MeasurementLevel } from "./agreement-differences";
import { at } from "../at";

/**
 * Cohen's kappa for two raters; `a[i]` and `b[i]` are their labels for item i.
 * Items where either label is null are skipped.
 */
export function cohenKappa(a: readonly (string | null)[], b: readonly (string | null)[]): number | null {
  if (a.length !== b.length) {
    throw new RangeError(`cohenKappa needs one label per item from each rater (got ${a.length} and ${b.length})`);
  }
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  let n = 0;
  let agreed = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x == null || y == null) continue;
    n++;
    if (x === y) agreed++;
    increment(rowTotals, x);
    increment(columnTotals, y);
  }
  if (n === 0) return null;
  // Kept as integers until the last division so "both raters used one category" is exact.
  let chancePairs = 0;
  for (const [label, count] of rowTotals) chancePairs += count * (columnTotals.get(label) ?? 0);
  const all = n * n;
  if (chancePairs === all) return null;
  return (agreed * n - chancePairs) / (all - chancePairs);
}

/**
 * Fleiss' kappa; `counts[i][j]` is how many raters put item i in category j. Every item
 * must have the same number of raters and every row the same number of categories.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number | null {
  const first = counts[0];
  if (!first) return null;
  const categories = first.length;
  const raters = sum(first);
  const categoryTotals = new Array<number>(categories).fill(0);
  let agreeingPairs = 0;
  counts.forEach((row, i) => {
    checkFleissRow(row, i, categories, raters);
    row.forEach((c, j) => {
      agreeingPairs += c * (c - 1);
      categoryTotals[j] = at(categoryTotals, j) + c; // checkFleissRow: the row has `categories` cells
    });
  });
  if (raters < 2) return null;
  const items = counts.length;
  const observed = agreeingPairs / (items * raters * (raters - 1));
  const total = items * raters;
  const chanceSquares = categoryTotals.reduce((s, t) => s + t * t, 0);
  if (chanceSquares === total * total) return null;
  const expected = chanceSquares / (total * total);
  return (observed - expected) / (1 - expected);
}

function checkFleissRow(row: readonly number[], i: number, categories: number, raters: number): void {
  if (row.length !== categories) {
    throw new RangeError(`fleissKappa: item ${i} has ${row.length} categories, item 0 has ${categories}`);
  }
  for (const c of row) {
    if (!Number.isInteger(c) || c < 0) {
      throw new RangeError(`fleissKappa: item ${i} has a count that is not a whole number ≥ 0 (${c})`);
    }
  }
  const n = sum(row);
  if (n !== raters) {
    throw new RangeError(`fleissKappa: item ${i} has ${n} raters, item 0 has ${raters}; all items need the same number`);
  }
}

type AlphaValue = string | number;

/**
 * Krippendorff's alpha; `data[c][u]` is coder c's value for unit u, null when missing.
 * Units with fewer than two values are not pairable and are ignored. Follows Krippendorff
 * (2011) "Computing Krippendorff's Alpha-Reliability": build the coincidence matrix,
 * then alpha = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 * Ordinal, interval and ratio levels need finite numbers (ratio: non-negative).
 */
export function krippendorffAlpha(
  data: readonly (readonly (string | number | null)[])[],
  level: "nominal" | "ordinal" | "interval" | "ratio",
): number | null {
  const values = distinctValues(data, level);
  const index = new Map<AlphaValue, number>(values.map((v, i) => [v, i]));
  const coincidences = countCoincidences(data, index);
  const marginals = new Array<number>(values.length).fill(0);
  for (const [cell, o] of coincidences) {
    const c = Math.floor(cell / values.length); // cell = c * values.length + k, both value indexes
    marginals[c] = at(marginals, c) + o;
  }
  const n = sum(marginals);
  if (n === 0) return null;

  const delta = differenceFunction(level, values as number[], marginals);
  let observed = 0;
  for (const [cell, o] of coincidences) {
    observed += o * delta(Math.floor(cell / values.length), cell % values.length);
  }
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = c + 1; k < values.length; k++) expected += 2 * at(marginals, c) * at(marginals, k) * delta(c, k);
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** Distinct values, sorted ascending for the metric levels (ordinal ranks depend on order). */
function distinctValues(data: readonly (readonly (string | number | null)[])[], level: MeasurementLevel): AlphaValue[] {
  const seen = new Set<AlphaValue>();
  for (const row of data) {
    for (const v of row) {
      if (v == null) continue;
      if (level !== "nominal") checkMetricValue(v, level);
      seen.add(v);
    }
  }
  const values = [...seen];
  return level === "nominal" ? values : (values as number[]).sort((x, y) => x - y);
}

function checkMetricValue(v: AlphaValue, level: MeasurementLevel): void {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new TypeError(`krippendorffAlpha: ${level} data must be finite numbers, got ${JSON.stringify(v)}`);
  }
  if (level === "ratio" && v < 0) {
    throw new RangeError(`krippendorffAlpha: ratio data must not be negative, got ${v}`);
  }
}

/**
 * Sparse coincidence matrix, keyed by c * V + k. Each pairable unit with m values adds
 * n_uc · (n_uk − [c = k]) / (m − 1) to cell (c, k), so every unit contributes m in total.
 */
function countCoincidences(
  data: readonly (readonly (string | number | null)[])[],
  index: ReadonlyMap<AlphaValue, number>,
): Map<number, number> {
  const size = index.size;
  const units = data.reduce((max, row) => Math.max(max, row.length), 0);
  const cells = new Map<number, number>();
  for (let u = 0; u < units; u++) {
    const perValue = new Map<number, number>();
    let m = 0;
    for (const row of data) {
      const v = row[u];
      if (v == null) continue;
      increment(perValue, index.get(v) as number);
      m++;
    }
    if (m < 2) continue;
    for (const [c, nc] of perValue) {
      for (const [k, nk] of perValue) {
        const pairs = nc * (nk - (c === k ? 1 : 0));
        if (pairs > 0) cells.set(c * size + k, (cells.get(c * size + k) ?? 0) + pairs / (m - 1));
      }
    }
  }
  return cells;
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
