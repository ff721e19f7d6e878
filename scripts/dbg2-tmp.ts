import { loadLexicon } from "../lib/server/lexicon";
import { dot } from "../lib/domain/matching/lexicon";
const l = loadLexicon();
for (const [a, b] of [["payback","retaliation"],["backed","goods"],["government","forced"],["denied","claims"],["curbs","controls"],["curb","restriction"],["verdict","ruling"],["punitive","retaliatory"],["penalize","retaliation"],["punish","retaliation"],["shunned","boycotted"],["shun","boycott"],["scrap","end"],["roster","list"],["trusted","preferential"],["grievance","complaint"],["lawsuit","ruling"],["judges","court"],["conscripted","forced"],["backed","sided"],["back","side"],["support","side"],["workers","labour"],["sloppy","lax"],["oversight","management"],["rules","end"]]) {
  const va = l.vector(a), vb = l.vector(b);
  console.log(a, b, va && vb ? dot(va, vb).toFixed(2) : "n/a");
}
