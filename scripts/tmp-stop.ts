import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
const nlp = winkNLP(model, []);
const t = nlp.readDoc(process.argv[2]).tokens();
console.log(t.out().map((v, i) => `${v}:${(t.out(nlp.its.stopWordFlag) as unknown as boolean[])[i]}`).join(" "));
