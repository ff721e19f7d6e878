import { loadEvalData } from "../eval/linking/data";
import { loadLexicon } from "../lib/server/lexicon";
import { analyzeText } from "../lib/domain/matching/analyze";
import { buildMatchIndex, rankAgainst } from "../lib/domain/matching/ranker";
const { claims, propositions } = loadEvalData();
const lex = loadLexicon();
const props = buildMatchIndex(propositions.map((p) => ({ id: p.key, analysis: analyzeText(p.statement, lex) })));
for (const c of claims.filter((c) => c.set === "tune" && c.proposition)) {
  const r = rankAgainst(props, { analysis: analyzeText(c.text, lex) }, { limit: 20 });
  const i = r.findIndex((m) => m.id === c.proposition);
  if (i === 0) continue;
  console.log(`#${i + 1} [${c.proposition}] ${c.text}`);
  for (const m of r.slice(0, Math.max(i + 1, 2))) console.log(`   ${m.id} ${m.score.toFixed(3)} ${m.features.map((x) => x.toFixed(2)).join(" ")} | ${m.reasons.join("; ")}`);
}
