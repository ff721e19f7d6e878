import { loadLexicon } from "../lib/server/matching/lexicon";
import { analyzeText } from "../lib/domain/matching/analyze";
import { sameEntity } from "../lib/domain/matching/features";
const lex = loadLexicon();
const st = analyzeText("The United States took Japan's side in its 2019 dispute with South Korea", lex);
for (const t of process.argv.slice(2)) {
  const a = analyzeText(t, lex);
  console.log(t, "|", a.entities.map((e) => `${e.lemma}[${e.concepts.length}/${e.broader.length}]→${st.entities.filter((f) => sameEntity(e, f)).map((f) => f.lemma).join(",")}`).join(" "));
}
console.log(st.entities.map((e) => `${e.lemma}[${e.concepts.join(",")}|${e.broader.join(",")}]`).join(" "));
