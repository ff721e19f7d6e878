// Stance alone, per set of eval/linking: accuracy and the confusion of gold against suggested;
// --errors lists the wrong ones with the rule's reason. Fast (no ranking).
// Run: npx tsx --conditions=react-server scripts/stance-check.ts [--errors[=set,set]]
import { LINKING_HELD_OUT, loadEvalData } from "../eval/linking/data";
import { loadLexicon } from "../lib/server/matching/lexicon";
import { analyzeText } from "../lib/domain/matching/analyze";
import { suggestStance } from "../lib/domain/matching/stance";

const { claims: loaded, propositions } = loadEvalData();
const lex = loadLexicon();
const byKey = new Map(propositions.map((p) => [p.key, p]));
// Each statement analysed once, not once per claim about it.
const statements = new Map(propositions.map((p) => [p.key, analyzeText(p.statement, lex)]));
const claims = loaded.filter((c) => c.set !== LINKING_HELD_OUT && c.proposition && c.stance && c.kind !== "demo-other");
const errorsArg = process.argv.find((a) => a.startsWith("--errors"));
const only = errorsArg?.includes("=") ? new Set(errorsArg.split("=")[1]!.split(",")) : null;
const sets = [...new Set(claims.map((c) => c.set))];
let sum = 0;
const wrong: string[] = [];
for (const s of sets) {
  const inSet = claims.filter((c) => c.set === s);
  const conf = new Map<string, number>();
  let right = 0;
  for (const c of inSet) {
    const r = suggestStance(analyzeText(c.text, lex), statements.get(c.proposition!)!, c.voice, c.denies);
    if (r.stance === c.stance) right++;
    else {
      conf.set(`${c.stance}→${r.stance}`, (conf.get(`${c.stance}→${r.stance}`) ?? 0) + 1);
      if (errorsArg && (!only || only.has(s)))
        wrong.push(
          `[${c.id}] gold ${c.stance} got ${r.stance} (holder ${c.holder ?? "-"})\n  "${c.text}"\n  P: "${byKey.get(c.proposition!)!.statement}"\n  reason: ${r.reason}`,
        );
    }
  }
  sum += right / inSet.length;
  console.log(
    `${s.padEnd(9)} stance ${(right / inSet.length).toFixed(3)} (n=${inSet.length})  ${[...conf].map(([k, v]) => `${k} ${v}`).join(", ")}`,
  );
}
console.log(`mean over ${sets.length} sets: ${(sum / sets.length).toFixed(3)}`);
if (wrong.length) console.log("\n" + wrong.join("\n\n"));
