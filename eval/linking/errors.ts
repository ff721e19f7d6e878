// The error listing of npm run eval:linking -- --errors: for each linked claim of a set, the
// rank of the right proposition, the top 3 with scores and reasons, and the stance suggested
// against the gold one. For looking at what the matcher gets wrong; prints nothing it scores.
import type { ItemClaim, ItemProposition, SetName } from "./data";
import type { EvalMatcher } from "./run";

export interface ErrorMatcher extends EvalMatcher {
  explain(claim: ItemClaim): { id: string; score: number; reasons: string[] }[];
  stanceReason?(claim: ItemClaim, proposition: ItemProposition): string;
}

export function printErrors(m: ErrorMatcher, claims: ItemClaim[], propositions: ItemProposition[], set: SetName, onlyWrong: boolean): void {
  const byKey = new Map(propositions.map((p) => [p.key, p]));
  console.log(`\n=== errors: ${set} ===`);
  for (const c of claims.filter((x) => x.set === set && x.proposition)) {
    const ranked = m.explain(c);
    const rank = ranked.findIndex((r) => r.id === c.proposition) + 1 || Infinity;
    const p = byKey.get(c.proposition!)!;
    const stance = m.stance?.(c, p);
    const stanceOk = stance === c.stance;
    if (onlyWrong && rank === 1 && stanceOk) continue;
    console.log(`\n[${c.id}] rank ${rank} gold=${c.proposition} stance ${stance}${stanceOk ? "" : ` ≠ gold ${c.stance}`}`);
    console.log(`  "${c.text}"`);
    if (!stanceOk && m.stanceReason) console.log(`  stance reason: ${m.stanceReason(c, p)}`);
    for (const r of ranked.slice(0, 3))
      console.log(`  ${r.id === c.proposition ? "*" : " "} ${r.score.toFixed(3)} ${r.id}: ${r.reasons.join("; ")}`);
    if (rank > 3 && Number.isFinite(rank)) {
      const r = ranked[rank - 1]!;
      console.log(`  * ${r.score.toFixed(3)} ${r.id} (rank ${rank}): ${r.reasons.join("; ")}`);
    }
  }
}
