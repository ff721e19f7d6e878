import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { loadEvalData } from "../eval/linking/data";
const nlp = winkNLP(model, ["sbd", "pos"]);
const { claims, propositions } = loadEvalData();
const seen = new Map<string, number>();
for (const text of [...claims.map((c) => c.text), ...propositions.map((p) => p.statement)]) {
  const t = nlp.readDoc(text).tokens();
  const st = t.out(nlp.its.stopWordFlag) as unknown as boolean[];
  const pos = t.out(nlp.its.pos) as string[];
  t.out(nlp.its.normal).forEach((w, i) => { if (st[i] && ["NOUN", "VERB", "ADJ", "ADV", "NUM"].includes(pos[i]!)) seen.set(`${w}/${pos[i]}`, (seen.get(`${w}/${pos[i]}`) ?? 0) + 1); });
}
console.log([...seen].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}:${n}`).join(" "));
