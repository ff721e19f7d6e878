// npm run eval:linking — quality of claim matching on eval/linking: the demo's 14 links, and
// the written paraphrases and distractors (eval/linking/cases.ts), whose tune and held-out
// halves are reported apart. The matcher's prior weights were set on "tune" only.
// Prints recall@1/5/10, MRR, AUC for claim → proposition and claim ↔ claim, stance accuracy, and
// pairwise precision/recall of the clusters of unlinked claims.
import { loadEvalData } from "../eval/linking/data";
import { clusterQuality, evaluate, printReports } from "../eval/linking/run";
import { newMatcher } from "../eval/linking/new-matcher";

const { claims, propositions } = loadEvalData();
const matcher = newMatcher(claims, propositions);
printReports(matcher.name, (["demo", "tune", "held-out"] as const).map((s) => evaluate(matcher, claims, propositions, s)));

// Clustering the eval's claims as one project: the demo working layers with the tune half, then the held-out half alone.
for (const set of [["demo", "tune"], ["held-out"]] as const) {
  const pool = claims.filter((c) => (set as readonly string[]).includes(c.set));
  const q = clusterQuality(matcher.cluster(pool), pool);
  console.log(`clusters over ${set.join("+")} (${pool.length} claims): ${q.clusters} clusters, ${q.pairs} claim pairs, pairwise precision ${q.precision.toFixed(3)}, recall ${q.recall.toFixed(3)}`);
}
