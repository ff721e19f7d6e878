// The TF-IDF matcher that lib/domain/similarity had (kept only to measure "before").
import { buildRanker } from "../../lib/domain/similarity";
import type { EvalMatcher } from "./run";
import type { ItemClaim, ItemProposition } from "./data";

export function oldMatcher(claims: ItemClaim[], propositions: ItemProposition[]): EvalMatcher {
  const props = buildRanker(propositions.map((p) => ({ id: p.key, text: p.statement })));
  const pool = buildRanker(claims.map((c) => ({ id: c.id, text: c.text })));
  return {
    name: "before: TF-IDF over stems + related-terms table",
    scorePropositions: (c) => new Map(props.rank(c.text, 1000).map((m) => [m.id, m.score])),
    scoreClaims: (c) => new Map(pool.rank(c.text, 10000).filter((m) => m.id !== c.id).map((m) => [m.id, m.score])),
  };
}
