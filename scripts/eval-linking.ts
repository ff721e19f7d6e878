// npm run eval:linking — quality of claim matching on eval/linking: the demo's 14 links, and
// the written paraphrases and distractors (eval/linking/cases.ts), whose tune and held-out
// halves are reported apart, and the fresh set (eval/linking/fresh-cases.ts, written after both
// halves had been looked at; a tuning set too since the third pass, README "Claim matching"), and
// the second fresh set (eval/linking/fresh2-cases.ts; a tuning set since 2026-12-03, after its one
// closing measurement), and the third fresh set (eval/linking/fresh3-cases.ts, written
// 2026-12-03 by someone who never read the matcher; a tuning set since 2026-12-04, after its one
// closing measurement), and the fourth fresh set (eval/linking/fresh4-cases.ts, written
// 2026-12-04 by someone who never read the matcher; measured with passes 4 and 5, a tuning set
// since 2026-12-04), and the fifth fresh set (eval/linking/fresh5-cases.ts, written 2026-12-04 by
// someone who never read the matcher; measured with pass 6, a tuning set since 2026-12-04), and
// the sixth (eval/linking/fresh6-cases.ts, written blind 2026-12-04, measured with pass 7, a
// tuning set since 2026-12-07), and the seventh (eval/linking/fresh7-cases.ts, written blind
// 2026-12-07, measured with passes 7 and 8, a tuning set since), and the eighth
// (eval/linking/fresh8-cases.ts, written blind 2026-12-07; a tuning set since 2026-12-07, after its
// closing measurement with pass 9), and the ninth (eval/linking/fresh9-cases.ts, written blind
// 2026-12-07; a tuning set since 2026-12-08, after its closing measurement with pass 10), and the
// tenth (eval/linking/fresh10-cases.ts, written blind 2026-12-08; a tuning set since 2026-12-08,
// after its closing measurement with pass 11). No set is held out now (LINKING_HELD_OUT null). A
// held-out set (HELD_OUT) is printed only with --report-<name>, its errors never, and its claims
// are never among the candidates, clusters or errors of the reports above.
// The matcher's prior weights were set on "tune" only.
// Prints recall@1/5/10, MRR, AUC for claim → proposition and claim ↔ claim, stance accuracy, and
// pairwise precision/recall of the clusters of unlinked claims.
import { LINKING_HELD_OUT, loadEvalData } from "../eval/linking/data";
import { clusterQuality, evaluate, printReports } from "../eval/linking/run";
import { newMatcher } from "../eval/linking/new-matcher";
import { printErrors } from "../eval/linking/errors";

// --errors: also list, per claim, the right proposition's rank, the top 3 and the stance
// (--errors=wrong: only the claims ranked below 1 or given the wrong stance).
const errorsArg = process.argv.find((a) => a.startsWith("--errors"));

const { claims: all, propositions } = loadEvalData();

// The fresh sets in the order they were written; each is scored with every claim of the sets
// before it among the candidates (as held-out claims compete with the tune ones), never a later
// set's. HELD_OUT, when set, is reported only with --report-<name>, its errors never printed.
const FRESH_SETS = ["fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10"] as const;
type FreshSet = (typeof FRESH_SETS)[number];
const HELD_OUT = LINKING_HELD_OUT as FreshSet | null;
const NOTES: Record<FreshSet, string> = {
  fresh: "written 2026-12-03, looked at in the third pass",
  fresh2: "tuning set since 2026-12-03",
  fresh3: "tuning set since 2026-12-04",
  fresh4: "measured with passes 4 and 5, a tuning set since 2026-12-04",
  fresh5: "measured with pass 6, a tuning set since 2026-12-04",
  fresh6: "written blind 2026-12-04, measured with pass 7, a tuning set since 2026-12-07",
  fresh7: "written blind 2026-12-07, measured with passes 7 and 8, a tuning set since 2026-12-07",
  fresh8: "written blind 2026-12-07, measured with pass 9, a tuning set since 2026-12-07",
  fresh9: "written blind 2026-12-07, measured with pass 10, a tuning set since 2026-12-08",
  fresh10: "written blind 2026-12-08, measured with pass 11, a tuning set since 2026-12-08",
};
const rank = (set: string) => FRESH_SETS.indexOf(set as FreshSet);
/** Every claim of the demo, tune and held-out sets and of the fresh sets up to `last` (none: -1). */
const upTo = (last: number) => all.filter((c) => rank(c.set) <= last);

// Demo, tune and held-out are scored without any fresh claims among the candidates, so their
// figures stay comparable with the ones reported before the fresh sets existed.
const claims = upTo(-1);
const matcher = newMatcher(claims, propositions);
printReports(
  matcher.name,
  (["demo", "tune", "held-out"] as const).map((s) => evaluate(matcher, claims, propositions, s)),
);

// Clustering the eval's claims as one project: the demo working layers with the tune half, then the held-out half alone.
for (const set of [["demo", "tune"], ["held-out"]] as const) {
  const pool = claims.filter((c) => (set as readonly string[]).includes(c.set));
  printClusters(set.join("+"), matcher, pool);
}

function printClusters(name: string, m: typeof matcher, pool: typeof all) {
  const q = clusterQuality(m.cluster(pool), pool);
  console.log(
    `clusters over ${name} (${pool.length} claims): ${q.clusters} clusters, ${q.pairs} claim pairs, pairwise precision ${q.precision.toFixed(3)}, recall ${q.recall.toFixed(3)}`,
  );
}

/** One fresh set's report and clusters; its matcher and candidates, for --errors. */
function reportFresh(set: FreshSet) {
  const candidates = upTo(rank(set));
  const m = newMatcher(candidates, propositions);
  printReports(`${m.name}: ${set} (${NOTES[set]}; candidates include every claim above)`, [evaluate(m, candidates, propositions, set)]);
  printClusters(
    set,
    m,
    all.filter((c) => c.set === set),
  );
  return { set, m, candidates };
}

const tuned = FRESH_SETS.filter((s) => s !== HELD_OUT).map(reportFresh);

if (errorsArg) {
  const onlyWrong = errorsArg === "--errors=wrong";
  for (const set of ["demo", "tune", "held-out"] as const) printErrors(matcher, claims, propositions, set, onlyWrong);
  for (const t of tuned) printErrors(t.m, t.candidates, propositions, t.set, onlyWrong);
}

if (HELD_OUT && process.argv.includes(`--report-${HELD_OUT}`)) reportFresh(HELD_OUT);
