import { loadLexicon } from "../lib/server/matching/lexicon";
import { dot } from "../lib/domain/matching/lexicon";
const lex = loadLexicon();
for (const p of process.argv.slice(2)) {
  const [a, b] = p.split(":");
  const va = lex.vector(a!), vb = lex.vector(b!);
  console.log(p, va && vb ? dot(va, vb).toFixed(2) : "n/a");
}
