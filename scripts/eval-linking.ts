// npm run eval:linking — quality of claim matching on eval/linking: the demo's 14 links, and
// the written paraphrases and distractors (eval/linking/cases.ts), whose tune and held-out
// halves are reported apart. The matcher's prior weights were set on "tune" only.
// Prints recall@1/5/10, MRR, AUC for claim → proposition and claim ↔ claim, and stance accuracy.
import { loadEvalData } from "../eval/linking/data";
import { evaluate, printReports } from "../eval/linking/run";
import { newMatcher } from "../eval/linking/new-matcher";

const { claims, propositions } = loadEvalData();
const matcher = newMatcher(claims, propositions);
printReports(matcher.name, (["demo", "tune", "held-out"] as const).map((s) => evaluate(matcher, claims, propositions, s)));
