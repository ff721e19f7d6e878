import { loadLexicon } from "../lib/server/matching/lexicon";
const lex = loadLexicon();
for (const w of process.argv.slice(2)) console.log(w, lex.hasEntry(w), lex.vector(w) ? "vec" : "-", lex.rank.get(w));
