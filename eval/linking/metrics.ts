// Ranking metrics for the linking evaluation. A "rank" is 1-based; Infinity when not returned.

export interface RankingSummary {
  n: number;
  r1: number;
  r5: number;
  r10: number;
  mrr: number;
}

export function summarizeRanks(ranks: number[]): RankingSummary {
  const n = ranks.length;
  const frac = (k: number) => (n ? ranks.filter((r) => r <= k).length / n : NaN);
  return { n, r1: frac(1), r5: frac(5), r10: frac(10), mrr: n ? ranks.reduce((s, r) => s + (Number.isFinite(r) ? 1 / r : 0), 0) / n : NaN };
}

/** Area under the ROC curve: the chance a random positive pair outscores a random negative (ties count half). */
export function auc(positives: number[], negatives: number[]): number {
  if (!positives.length || !negatives.length) return NaN;
  const all = [...positives.map((s) => ({ s, p: 1 })), ...negatives.map((s) => ({ s, p: 0 }))].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j].s === all[i].s) j++;
    const avg = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k].p) rankSum += avg;
    i = j;
  }
  const np = positives.length;
  return (rankSum - (np * (np + 1)) / 2) / (np * negatives.length);
}
