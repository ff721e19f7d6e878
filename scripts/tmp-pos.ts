import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
const nlp = winkNLP(model, ["sbd", "pos", "ner"]);
for (const s of process.argv.slice(2)) {
  const t = nlp.readDoc(s).tokens();
  const v = t.out(); const p = t.out(nlp.its.pos); const l = t.out(nlp.its.lemma as unknown as ItsFunction<string>);
  console.log(v.map((x, i) => `${x}/${p[i]}/${l[i]}`).join(" "));
}
