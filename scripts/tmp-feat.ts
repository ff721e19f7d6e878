import { loadEvalData } from "../eval/linking/data";
import { loadLexicon } from "../lib/server/matching/lexicon";
import { analyzeText } from "../lib/domain/matching/analyze";
import { buildMatchIndex, rankAgainst } from "../lib/domain/matching/ranker";
import { FEATURE_NAMES } from "../lib/domain/matching/features";
const { propositions } = loadEvalData();
const lex = loadLexicon();
const props = buildMatchIndex(propositions.map((p) => ({ id: p.key, analysis: analyzeText(p.statement, lex) })));
console.log(FEATURE_NAMES.join(" "));
for (const t of process.argv.slice(2)) {
  console.log(t);
  const a = analyzeText(t, lex);
  console.log("  terms:", a.terms.map((x) => `${x.lemma}${x.entity ? "*" : ""}:${x.weight.toFixed(2)}`).join(" "));
  for (const m of rankAgainst(props, { analysis: a }, { limit: 4 })) console.log(`  ${m.score.toFixed(3)} ${m.id.padEnd(20)} ${m.features.map((f) => f.toFixed(2)).join(" ")}`);
}
for (const p of propositions) console.log(p.key, analyzeText(p.statement, lex).terms.map((x) => `${x.lemma}${x.entity ? "*" : ""}:${x.weight.toFixed(2)}`).join(" "));
