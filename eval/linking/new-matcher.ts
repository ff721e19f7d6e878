// The matcher of lib/domain/matching, as the app uses it (prior model, no decisions yet).
import { loadLexicon } from "../../lib/server/matching/lexicon";
import { analyzeText } from "../../lib/domain/matching/analyze";
import { buildMatchIndex, rankAgainst, type MatchItem } from "../../lib/domain/matching/ranker";
import { CLAIM_PRIOR_MODEL } from "../../lib/domain/matching/model";
import { suggestStance } from "../../lib/domain/matching/stance";
import { clusterClaims } from "../../lib/domain/matching/cluster";
import type { ErrorMatcher } from "./errors";
import type { ItemClaim, ItemProposition } from "./data";

export function newMatcher(
  claims: ItemClaim[],
  propositions: ItemProposition[],
): ErrorMatcher & { cluster(pool: ItemClaim[]): string[][] } {
  const lexicon = loadLexicon();
  const analysis = new Map<string, ReturnType<typeof analyzeText>>();
  const analyze = (text: string) => {
    let a = analysis.get(text);
    if (!a) analysis.set(text, (a = analyzeText(text, lexicon)));
    return a;
  };
  const side = (c: ItemClaim): MatchItem => ({ id: c.id, analysis: analyze(c.text), holder: c.holder, perspective: c.perspective });
  // The propositions are ranked against the candidates' claims, as the app's are against the project's (their background).
  const props = buildMatchIndex(
    propositions.map((p) => ({ id: p.key, analysis: analyze(p.statement) })),
    { background: claims.map(side) },
  );
  const pool = buildMatchIndex(claims.map(side));
  return {
    name: "after: lib/domain/matching (WordNet + word vectors + entities, prior model)",
    scorePropositions: (c) => new Map(rankAgainst(props, { analysis: analyze(c.text) }, { limit: 1000 }).map((m) => [m.id, m.score])),
    scoreClaims: (c) =>
      new Map(
        rankAgainst(pool, side(c), { model: CLAIM_PRIOR_MODEL, limit: 10000, shortlist: 10000, exclude: new Set([c.id]) }).map((m) => [
          m.id,
          m.score,
        ]),
      ),
    stance: (c, p) => suggestStance(analyze(c.text), analyze(p.statement), c.voice, c.denies).stance,
    stanceReason: (c, p) => suggestStance(analyze(c.text), analyze(p.statement), c.voice, c.denies).reason,
    explain: (c) => rankAgainst(props, { analysis: analyze(c.text) }, { limit: 1000 }),
    cluster: (pool) => clusterClaims(pool.map((c) => ({ ...side(c), documentId: c.document }))).map((k) => k.ids),
  };
}
