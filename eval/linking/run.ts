// The evaluation loop shared by scripts/eval-linking.ts: claim → proposition ranking, claim ↔
// claim ranking and stance, per set (demo links, tune, held-out).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { auc, summarizeRanks, type RankingSummary } from "./metrics";
import type { ItemClaim, ItemProposition, SetName, Stance } from "./data";

export interface EvalMatcher {
  name: string;
  /** Score of the claim against every proposition (key → score; missing = 0). */
  scorePropositions(claim: ItemClaim): Map<string, number>;
  /** Score of the claim against every other claim (id → score; missing = 0). */
  scoreClaims(claim: ItemClaim): Map<string, number>;
  stance?(claim: ItemClaim, proposition: ItemProposition): Stance;
}

export interface SetReport {
  set: SetName;
  toProposition: RankingSummary & { auc: number };
  toClaim: RankingSummary & { auc: number };
  noSharedWord: { n: number; top5: number };
  stance: { n: number; accuracy: number } | null;
}

const nlp = winkNLP(model, []);
function contentStems(text: string): Set<string> {
  const t = nlp.readDoc(text).tokens();
  const stems = t.out<string>(nlp.its.stem as never);
  const types = t.out(nlp.its.type);
  const stops = t.out(nlp.its.stopWordFlag) as unknown as boolean[];
  return new Set(stems.filter((_, i) => types[i] === "word" && !stops[i]).map((s) => s.toLowerCase()));
}

const rankOf = (scores: Map<string, number>, all: string[], target: (id: string) => boolean) => {
  const sorted = [...all].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a.localeCompare(b));
  const i = sorted.findIndex((id) => target(id) && (scores.get(id) ?? 0) > 0);
  return i < 0 ? Infinity : i + 1;
};

export function evaluate(m: EvalMatcher, claims: ItemClaim[], propositions: ItemProposition[], set: SetName): SetReport {
  const inSet = claims.filter((c) => c.set === set && (c.kind === "demo-link" || c.kind === "paraphrase" || c.kind === "distractor"));
  const positives = inSet.filter((c) => c.proposition);
  const byKey = new Map(propositions.map((p) => [p.key, p]));
  const keys = propositions.map((p) => p.key);

  const pRanks: number[] = [];
  const pPos: number[] = [];
  const pNeg: number[] = [];
  const cRanks: number[] = [];
  const cPos: number[] = [];
  const cNeg: number[] = [];
  const noShared: number[] = [];
  let stanceRight = 0;
  for (const c of inSet) {
    const ps = m.scorePropositions(c);
    for (const k of keys) (k === c.proposition ? pPos : pNeg).push(ps.get(k) ?? 0);
    const cs = m.scoreClaims(c);
    const others = claims.filter((o) => o.id !== c.id);
    if (c.proposition) {
      for (const o of others) (o.proposition === c.proposition ? cPos : cNeg).push(cs.get(o.id) ?? 0);
    }
    if (!c.proposition) continue;
    const r = rankOf(ps, keys, (k) => k === c.proposition);
    pRanks.push(r);
    cRanks.push(
      rankOf(
        cs,
        others.map((o) => o.id),
        (id) => others.find((o) => o.id === id)!.proposition === c.proposition,
      ),
    );
    const statement = contentStems(byKey.get(c.proposition)!.statement);
    if (c.kind === "paraphrase" && ![...contentStems(c.text)].some((s) => statement.has(s))) noShared.push(r);
    if (m.stance && m.stance(c, byKey.get(c.proposition)!) === c.stance) stanceRight++;
  }
  return {
    set,
    toProposition: { ...summarizeRanks(pRanks), auc: auc(pPos, pNeg) },
    toClaim: { ...summarizeRanks(cRanks), auc: auc(cPos, cNeg) },
    noSharedWord: { n: noShared.length, top5: noShared.length ? noShared.filter((r) => r <= 5).length / noShared.length : NaN },
    stance: m.stance ? { n: positives.length, accuracy: stanceRight / positives.length } : null,
  };
}

const f = (x: number) => (Number.isNaN(x) ? "  – " : x.toFixed(3));

export function printReports(name: string, reports: SetReport[]): void {
  console.log(`\n${name}`);
  console.log("set        task            n    R@1    R@5   R@10    MRR    AUC");
  for (const r of reports) {
    for (const [task, s] of [
      ["claim→prop", r.toProposition],
      ["claim↔claim", r.toClaim],
    ] as const) {
      console.log(
        `${r.set.padEnd(10)} ${task.padEnd(13)} ${String(s.n).padStart(3)}  ${f(s.r1)}  ${f(s.r5)}  ${f(s.r10)}  ${f(s.mrr)}  ${f(s.auc)}`,
      );
    }
  }
  for (const r of reports) {
    const st = r.stance ? `stance accuracy ${f(r.stance.accuracy)} (n=${r.stance.n})` : "stance: not suggested";
    const ns = r.noSharedWord.n
      ? `paraphrases sharing no content word with the statement: ${r.noSharedWord.n}, in top 5: ${f(r.noSharedWord.top5)}`
      : "";
    console.log(`${r.set.padEnd(10)} ${st}${ns ? "; " + ns : ""}`);
  }
}

/** Pairwise precision and recall of clusters against the propositions the claims are about. */
export function clusterQuality(
  clusters: string[][],
  claims: ItemClaim[],
): { clusters: number; pairs: number; precision: number; recall: number } {
  const byId = new Map(claims.map((c) => [c.id, c]));
  let pairs = 0;
  let right = 0;
  for (const ids of clusters) {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        pairs++;
        const a = byId.get(ids[i])!.proposition;
        if (a && a === byId.get(ids[j])!.proposition) right++;
      }
  }
  const byProp = new Map<string, ItemClaim[]>();
  for (const c of claims) if (c.proposition) byProp.set(c.proposition, [...(byProp.get(c.proposition) ?? []), c]);
  // Pairs that could be clustered: same proposition, different documents.
  let possible = 0;
  for (const list of byProp.values())
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (list[i].document !== list[j].document) possible++;
  return { clusters: clusters.length, pairs, precision: pairs ? right / pairs : NaN, recall: possible ? right / possible : NaN };
}
