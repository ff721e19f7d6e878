// Scoring suggestions against gold: span P/R/F1 per label (exact and overlap, from
// lib/domain/agreement/span-matching) and attribute accuracy over overlap-matched pairs. Pairs are taken
// greedily by largest overlap, one to one, per label. Names (speaker, holder) match when the
// words of one are all among the words of the other, case and "the" ignored, so "Paulus"
// matches "Jutta Paulus" and "Kyodo" matches "Kyodo (carried by The Mainichi)".
import { matchSpans, type MatchCounts } from "../../lib/domain/agreement/span-matching";

export interface ScoredSpan {
  label: string;
  start: number;
  end: number;
  attributes: Record<string, unknown>;
}

export interface AttributeTally {
  [attribute: string]: { right: number; total: number };
}

export interface SetScores {
  exact: Record<string, MatchCounts>;
  overlap: Record<string, MatchCounts>;
  attributes: Record<string, AttributeTally>;
}

export function emptyScores(): SetScores {
  return { exact: {}, overlap: {}, attributes: {} };
}

function add(into: Record<string, MatchCounts>, from: Record<string, MatchCounts>) {
  for (const [label, c] of Object.entries(from)) {
    const t = (into[label] ??= { tp: 0, fp: 0, fn: 0 });
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
}

export function nameWords(s: unknown): string[] {
  return String(s ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "the");
}

export function sameName(a: unknown, b: unknown): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return false;
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

const CHECKS: Record<string, Record<string, (g: unknown, s: unknown) => boolean>> = {
  date: { value: (g, s) => g === s },
  measure: { "value+unit": () => true },
  quote: { speaker: sameName, kind: (g, s) => g === s },
  claim: {
    holder: sameName,
    voice: (g, s) => g === s,
    hedged: (g, s) => Boolean(g) === Boolean(s),
    stance: (g, s) => (g ?? "asserts") === (s ?? "asserts"),
  },
};

export function pairByOverlap(gold: readonly ScoredSpan[], sugg: readonly ScoredSpan[]): [ScoredSpan, ScoredSpan][] {
  const candidates: { g: number; s: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    sugg.forEach((s, si) => {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (g.label === s.label && overlap > 0) candidates.push({ g: gi, s: si, overlap });
    }),
  );
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: [ScoredSpan, ScoredSpan][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedS.has(c.s)) continue;
    usedG.add(c.g);
    usedS.add(c.s);
    pairs.push([gold[c.g], sugg[c.s]]);
  }
  return pairs;
}

export function scoreDocument(into: SetScores, gold: readonly ScoredSpan[], sugg: readonly ScoredSpan[]): void {
  add(into.exact, matchSpans(gold, sugg, "exact").byLabel);
  add(into.overlap, matchSpans(gold, sugg, "overlap").byLabel);
  for (const [g, s] of pairByOverlap(gold, sugg)) {
    const checks = CHECKS[g.label];
    if (!checks) continue;
    const tally = (into.attributes[g.label] ??= {});
    for (const [attr, same] of Object.entries(checks)) {
      if (attr !== "value+unit" && g.attributes[attr] === undefined) continue;
      const ok =
        attr === "value+unit"
          ? g.attributes.value === s.attributes.value && (g.attributes.unit ?? null) === (s.attributes.unit ?? null)
          : same(g.attributes[attr], s.attributes[attr]);
      const t = (tally[attr] ??= { right: 0, total: 0 });
      t.total++;
      if (ok) t.right++;
    }
  }
}

export function prf(c: MatchCounts): { p: number | null; r: number | null; f1: number | null } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : null;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : null;
  const f1 = p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : p === null || r === null ? null : 0;
  return { p, r, f1 };
}
