// Leave-one-set-out check of claim → proposition ranking over every tuning set of eval/linking:
// the listwise prior (as scripts/fit-matching-prior.ts OBJ=list TASK=prop) fitted on all sets but
// one, scored on the one left out; per set MRR and R@5, then the mean over the left-out sets. Beside
// it the pasted PRIOR_MODEL on each set (a fit on all of them, so a tuning figure). Variants are
// compared by the left-out mean, never by the fit on everything. Beside each set its stance
// accuracy (lib/domain/matching/stance.ts): hand rules with no fitted weights, so the same figure
// left out or not; the mean over the sets is printed with the others.
// MASK=name,name: fit without those features. STEPS, LAMBDA as in fit-matching-prior.
// Run: npx tsx --conditions=react-server scripts/loso-matching.ts
import { LINKING_HELD_OUT, loadEvalData, type SetName } from "../eval/linking/data";
import { summarizeRanks } from "../eval/linking/metrics";
import { loadLexicon } from "../lib/server/matching/lexicon";
import { analyzeText } from "../lib/domain/matching/analyze";
import { FEATURE_NAMES } from "../lib/domain/matching/features";
import { buildMatchIndex, rankAgainst } from "../lib/domain/matching/ranker";
import { fitListwise, PRIOR_MODEL } from "../lib/domain/matching/model";
import { suggestStance } from "../lib/domain/matching/stance";
import { extraFeatures } from "./loso-extra";

const { claims: loaded, propositions } = loadEvalData();
// The held-out set is not even in the background.
const tuning = loaded.filter((c) => c.set !== LINKING_HELD_OUT);
const claims = tuning.filter((c) => c.proposition && c.kind !== "demo-other");
const SETS = [...new Set(claims.map((c) => c.set))] as SetName[];
const lex = loadLexicon();
// The propositions' index has every claim of the eval as its background (ranker.ts), as the app's
// has the project's claims; NO_BACKGROUND=1: none.
const props = buildMatchIndex(
  propositions.map((p) => ({ id: p.key, analysis: analyzeText(p.statement, lex) })),
  process.env.NO_BACKGROUND ? {} : { background: tuning.map((c) => ({ analysis: analyzeText(c.text, lex) })) },
);
const mask = new Set((process.env.MASK ?? "").split(",").filter(Boolean));

const statements = new Map(props.items.map((p) => [p.id, p.analysis]));
const EXTRA = (process.env.EXTRA ?? "").split(",").filter(Boolean);
const d = FEATURE_NAMES.length + EXTRA.length;
const lists = claims.map((c) => {
  const a = analyzeText(c.text, lex);
  return {
    set: c.set,
    items: rankAgainst(props, { analysis: a }, { limit: 1000, shortlist: 1000 }).map((m) => ({
      f: [
        ...m.features.map((x, i) => (mask.has(FEATURE_NAMES[i] ?? "") ? 0 : x)),
        ...extraFeatures(EXTRA, a, statements.get(m.id)!, props.common),
      ],
      y: m.id === c.proposition,
      id: m.id,
    })),
  };
});
// BG=name,name: each of those features also less its mean for the candidate over every claim
// (a candidate near everything, a hub, gains less from it).
const BG = (process.env.BG ?? "")
  .split(",")
  .filter(Boolean)
  .map((n) => FEATURE_NAMES.indexOf(n as never));
const base = lists.map((l) => l.items.map((e) => e.f));
/** Appends the BG features centred on their mean over `from`'s claims (BG_FOLD=1: the training sets' only). */
function centre(from: typeof lists) {
  if (!BG.length) return;
  const mean = new Map<string, number[]>();
  const count = new Map<string, number>();
  // BG_FROM=props: the background is the other propositions (the index itself), not the claims.
  const background =
    process.env.BG_FROM === "props"
      ? props.items.map((p) => ({
          items: rankAgainst(props, { analysis: p.analysis }, { limit: 1000, shortlist: 1000, exclude: new Set([p.id]) }).map((m) => ({
            id: m.id,
            f: m.features,
          })),
        }))
      : from.map((l) => ({ items: l.items.map((e, j) => ({ id: e.id, f: base[lists.indexOf(l)]![j]! })) }));
  for (const l of background)
    for (const e of l.items) {
      const m = mean.get(e.id) ?? new Array<number>(e.f.length).fill(0);
      e.f.forEach((x, i) => (m[i] = (m[i] ?? 0) + x));
      mean.set(e.id, m);
      count.set(e.id, (count.get(e.id) ?? 0) + 1);
    }
  lists.forEach((l, li) =>
    l.items.forEach((e, j) => {
      const f = base[li]![j]!;
      const m = mean.get(e.id)!;
      const n = count.get(e.id)!;
      e.f = [...f, ...BG.map((i) => (f[i] ?? 0) - (m[i] ?? 0) / n)];
    }),
  );
}
centre(lists);
const dAll = d + BG.length;

const fit = (train: typeof lists): number[] =>
  fitListwise(
    train.map((l) => l.items),
    dAll,
    Number(process.env.STEPS ?? 1500),
    Number(process.env.LAMBDA ?? 0.01),
  );

function score(w: number[], set: SetName) {
  const ranks = lists
    .filter((l) => l.set === set)
    .map((l) => {
      const s = l.items.map((e) => ({ y: e.y, z: e.f.reduce((t, x, i) => t + x * (w[i] ?? 0), 0) }));
      const right = s.find((e) => e.y)?.z ?? -Infinity;
      // Ties count against the right one (as a stable sort by id might put it anywhere).
      return 1 + s.filter((e) => !e.y && e.z >= right).length;
    });
  return summarizeRanks(ranks);
}

const statementOf = new Map(propositions.map((p) => [p.key, p.statement]));
/** The stance rules' accuracy on a set's linked claims. */
function stanceOn(set: SetName): number {
  const linked = claims.filter((c) => c.set === set && c.stance);
  const right = linked.filter(
    (c) =>
      suggestStance(analyzeText(c.text, lex), analyzeText(statementOf.get(c.proposition!)!, lex), c.voice, c.denies).stance === c.stance,
  ).length;
  return linked.length ? right / linked.length : NaN;
}

let sumMrr = 0;
let sumStance = 0;
let sumR5 = 0;
let sumPrior = 0;
console.log(`features: ${FEATURE_NAMES.join(", ")}${mask.size ? ` (masked: ${[...mask].join(",")})` : ""}`);
console.log("set        left-out MRR   R@5 | pasted prior MRR | stance");
for (const s of SETS) {
  if (process.env.BG_FOLD) centre(lists.filter((l) => l.set !== s));
  const r = score(fit(lists.filter((l) => l.set !== s)), s);
  const p = score([...PRIOR_MODEL.weights, ...EXTRA.map(() => 0), ...BG.map(() => 0)], s);
  sumMrr += r.mrr;
  sumR5 += r.r5;
  sumPrior += p.mrr;
  const st = stanceOn(s);
  sumStance += st;
  console.log(
    `${s.padEnd(10)} ${r.mrr.toFixed(3).padStart(12)} ${r.r5.toFixed(3).padStart(5)} | ${p.mrr.toFixed(3).padStart(16)} | ${st.toFixed(3)}`,
  );
}
const n = SETS.length;
console.log(
  `mean over ${n} left-out sets: MRR ${(sumMrr / n).toFixed(3)}, R@5 ${(sumR5 / n).toFixed(3)} | pasted prior MRR ${(sumPrior / n).toFixed(3)} | stance ${(sumStance / n).toFixed(3)}`,
);
centre(lists);
const all = fit(lists);
console.log(`fitted on all: [${all.map((x) => x.toFixed(2)).join(", ")}]`);
