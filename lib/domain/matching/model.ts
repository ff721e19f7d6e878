// The scoring model: logistic regression over the pair features (./features). A project starts
// from the prior weights below (fitted by scripts/fit-matching-prior.ts on the tune half of
// eval/linking, never on the held-out half) and refits them from its reviewers' decisions: accepted links are positives,
// rejected suggestions negatives. The fit is pulled toward the prior (L2), so a handful of
// decisions nudges the weights instead of overturning them. Pure.
import { FEATURE_NAMES, type FeatureVector } from "./features";

export interface MatchModel {
  weights: number[];
  bias: number;
  /** Labelled examples the model was fitted on (0 for the prior). */
  examples: number;
}

// lexical, synonym, vector, alignment, entities, numbers, negation, holder, perspective, soft, background.
// Seventh pass: fitted listwise (each claim's proposition ranked first among all; OBJ=list in
// scripts/fit-matching-prior.ts) on every tuning set, leave-one-set-out MRR no worse than the
// previous prior's on seven of eight sets; holder and perspective (claim pairs only, which that
// fit cannot see) kept from the previous prior.
// Tenth pass (2026-12-07): refitted the same way on all eleven tuning sets with the new
// "background" feature (TASK=prop OBJ=list STEPS=1500 scripts/fit-matching-prior.ts); holder and
// perspective again kept. Leave-one-set-out claim → proposition MRR, mean over the eleven sets,
// 0.756 → 0.777 (scripts/loso-matching.ts).
export const PRIOR_MODEL: MatchModel = {
  weights: [0.12, 0.68, 2.79, 1.39, 0.52, 0.81, 0.0, 0.33, -0.27, 1.51, 4.22],
  bias: -4.01,
  examples: 0,
};

/**
 * For ranking claims (against a statement, or a claim against claims): the ninth pass's prior. The
 * tenth pass's refit ranks propositions better but claims worse (eval:linking claim ↔ claim MRR,
 * mean over the eleven sets, 0.008 lower; a demo settlement mention from 8th to 11th): the weights it
 * moved from "vector" to "background" leave a claim index's scores with less vector evidence. No
 * weight on "background".
 */
export const CLAIM_PRIOR_MODEL: MatchModel = {
  weights: [0.24, 0.84, 4.92, 1.84, 0.21, 1.17, 0.0, 0.33, -0.27, 2.08, 0],
  bias: -4.04,
  examples: 0,
};

/**
 * The model whose scores a threshold reads (clustering: pairs scoring 0.2 and up may join): the
 * pointwise fit of the sixth pass, claim pairs and claim–proposition pairs alike, whose scores are
 * calibrated as probabilities of "same proposition". The listwise PRIOR_MODEL orders candidates
 * better but its scores run higher, and clusters built on it at any one threshold were less precise
 * (eval:linking, seventh pass). No weight on "soft" nor "background", which it predates.
 */
export const CLUSTER_MODEL: MatchModel = {
  weights: [1.11, 0.56, 5.09, 1.92, 0.69, 1.73, 0.49, 0.33, -0.27, 0, 0],
  bias: -4.29,
  examples: 0,
};

export function scoreFeatures(f: FeatureVector, model: MatchModel): number {
  let z = model.bias;
  for (let i = 0; i < FEATURE_NAMES.length; i++) z += (model.weights[i] ?? 0) * (f[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export interface LabelledPair {
  features: FeatureVector;
  accepted: boolean;
}

/** One query's candidates: each one's features, and whether it is the right one. */
export type RankedList = readonly { f: readonly number[]; y: boolean }[];

/**
 * Weights (no bias) that rank each list's right candidate first: softmax over the list, the loss
 * MRR rewards, with an L2 of strength `lambda`, by `steps` of gradient descent from zero. For the
 * offline fits (scripts/fit-matching-prior.ts OBJ=list, scripts/loso-matching.ts).
 */
export function fitListwise(lists: readonly RankedList[], dimensions: number, steps: number, lambda: number): number[] {
  const w = new Array<number>(dimensions).fill(0);
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(dimensions).fill(0);
    for (const list of lists) {
      const z = list.map((e) => e.f.reduce((s, x, i) => s + x * (w[i] ?? 0), 0));
      const mx = Math.max(...z);
      const ez = z.map((v) => Math.exp(v - mx));
      const tot = ez.reduce((s, v) => s + v, 0);
      list.forEach((e, j) => {
        const err = (ez[j] ?? 0) / tot - (e.y ? 1 : 0);
        for (let i = 0; i < dimensions; i++) g[i] = (g[i] ?? 0) + err * (e.f[i] ?? 0);
      });
    }
    for (let i = 0; i < dimensions; i++) w[i] = (w[i] ?? 0) - 0.5 * ((g[i] ?? 0) / lists.length + lambda * (w[i] ?? 0));
  }
  return w;
}

/**
 * Refit the weights from decisions by gradient descent, with an L2 pull toward the prior
 * (strength `lambda`). The bias stays the prior's unless `fitBias`: decisions are answers to
 * suggestions already shown, mostly acceptances, so they say which evidence matters, not how
 * rare a true pair is among all pairs; learning the bias from them would lift every score.
 */
export function trainModel(
  examples: readonly LabelledPair[],
  prior: MatchModel = PRIOR_MODEL,
  lambda = 0.5,
  steps = 300,
  fitBias = false,
): MatchModel {
  if (examples.length === 0) return prior;
  const w = [...prior.weights];
  let b = prior.bias;
  const rate = 0.5;
  for (let step = 0; step < steps; step++) {
    const grad = new Array(w.length).fill(0);
    let gb = 0;
    for (const ex of examples) {
      const p = scoreFeatures(ex.features, { weights: w, bias: b, examples: 0 });
      const err = p - (ex.accepted ? 1 : 0);
      for (let i = 0; i < w.length; i++) grad[i] += err * (ex.features[i] ?? 0);
      gb += err;
    }
    for (let i = 0; i < w.length; i++) {
      const wi = w[i] ?? 0;
      w[i] = wi - rate * ((grad[i] ?? 0) / examples.length + (lambda * (wi - (prior.weights[i] ?? 0))) / examples.length);
    }
    if (fitBias) b -= rate * (gb / examples.length + (lambda * (b - prior.bias)) / examples.length);
  }
  return { weights: w, bias: b, examples: examples.length };
}
