// Fits the matcher's prior model (PRIOR_MODEL in lib/domain/matching/model.ts) on the TUNE half
// of eval/linking only: every (tune claim, proposition) and (tune claim, other claim) pair,
// labelled by whether they are about the same proposition. Prints weights to paste there.
// Run: npx tsx --conditions=react-server scripts/fit-matching-prior.ts
import { loadEvalData } from "../eval/linking/data";
import { loadLexicon } from "../lib/server/matching/lexicon";
import { analyzeText } from "../lib/domain/matching/analyze";
import { buildMatchIndex, rankAgainst } from "../lib/domain/matching/ranker";
import { trainModel, type LabelledPair } from "../lib/domain/matching/model";

const { claims, propositions } = loadEvalData();
const lex = loadLexicon();
const side = (c: (typeof claims)[number]) => ({
  id: c.id,
  analysis: analyzeText(c.text, lex),
  holder: c.holder,
  perspective: c.perspective,
});
const props = buildMatchIndex(propositions.map((p) => ({ id: p.key, analysis: analyzeText(p.statement, lex) })));
const tuneClaims = claims.filter((c) => c.set === "tune");
const pool = buildMatchIndex(tuneClaims.map(side));
const examples: LabelledPair[] = [];
for (const c of tuneClaims) {
  for (const m of rankAgainst(props, { analysis: analyzeText(c.text, lex) }, { limit: 100 }))
    examples.push({ features: m.features, accepted: m.id === c.proposition });
  for (const m of rankAgainst(pool, side(c), { limit: 1000, shortlist: 1000, exclude: new Set([c.id]) })) {
    const o = tuneClaims.find((x) => x.id === m.id)!;
    examples.push({ features: m.features, accepted: c.proposition !== null && o.proposition === c.proposition });
  }
}
const zero = { weights: new Array(9).fill(0), bias: 0, examples: 0 };
const fitted = trainModel(examples, zero, 0.5, 3000, true);
console.log(`${examples.length} pairs (${examples.filter((e) => e.accepted).length} positive)`);
console.log(`weights: [${fitted.weights.map((w) => w.toFixed(2)).join(", ")}], bias: ${fitted.bias.toFixed(2)}`);

// Clustering threshold: precision and recall of "same proposition" among tune claim ↔ claim pairs.
const pairs: { s: number; y: boolean }[] = [];
for (const c of tuneClaims) {
  for (const m of rankAgainst(pool, side(c), { model: fitted, limit: 1000, shortlist: 1000, exclude: new Set([c.id]) })) {
    const o = tuneClaims.find((x) => x.id === m.id)!;
    pairs.push({ s: m.score, y: c.proposition !== null && o.proposition === c.proposition });
  }
}
for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
  const hit = pairs.filter((p) => p.s >= t);
  const tp = hit.filter((p) => p.y).length;
  console.log(
    `threshold ${t}: precision ${(tp / Math.max(1, hit.length)).toFixed(2)}, recall ${(tp / pairs.filter((p) => p.y).length).toFixed(2)}`,
  );
}
