// Krippendorff's squared difference functions δ²(c, k), one per level of measurement
// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section E). Pure.
import { at } from "../at";

export type MeasurementLevel = "nominal" | "ordinal" | "interval" | "ratio";

/** δ² between value indices c and k. */
export type Difference = (c: number, k: number) => number;

/**
 * `values` are the distinct values sorted ascending (ignored for nominal) and
 * `marginals[i]` is n_i, how many pairable values equal values[i]: the ordinal metric
 * measures distance in ranks, which depends on how the values are distributed.
 */
export function differenceFunction(level: MeasurementLevel, values: readonly number[], marginals: readonly number[]): Difference {
  switch (level) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "ordinal":
      return ordinalDifference(marginals);
    case "interval":
      return (c, k) => (at(values, c) - at(values, k)) ** 2;
    case "ratio":
      return (c, k) => ratioDifference(at(values, c), at(values, k));
  }
}

/** δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², computed from prefix sums in O(1). */
function ordinalDifference(marginals: readonly number[]): Difference {
  const prefix = new Array<number>(marginals.length + 1).fill(0);
  marginals.forEach((n, i) => (prefix[i + 1] = at(prefix, i) + n));
  return (c, k) => {
    if (c === k) return 0;
    const lo = Math.min(c, k);
    const hi = Math.max(c, k);
    const between = at(prefix, hi + 1) - at(prefix, lo);
    return (between - (at(marginals, lo) + at(marginals, hi)) / 2) ** 2;
  };
}

/** δ²_ck = ((c − k) / (c + k))²; two zeros are equal, so their difference is 0. */
function ratioDifference(c: number, k: number): number {
  const total = c + k;
  return total === 0 ? 0 : ((c - k) / total) ** 2;
}
