// Ranking one text against many (a claim against a project's propositions or claims). Two
// stages, so 10,000 candidates stay well under 100 ms: a coarse pass over every candidate
// (one 100-d dot product each, plus shared lemmas and concepts through an inverted index), then
// the full evidence (./features) and the model's score for a shortlist. Pure.
import { meanVectorOf, pairEvidence, type FeatureVector, type MatchSide } from "./features";
import { PRIOR_MODEL, scoreFeatures, type MatchModel } from "./model";
import { at } from "../at";

export interface MatchItem extends MatchSide {
  id: string;
}

export interface RankedMatch {
  id: string;
  /** The model's probability that the two say the same thing, in (0, 1). */
  score: number;
  reasons: string[];
  features: FeatureVector;
}

export interface MatchIndex {
  items: MatchItem[];
  matrix: Float32Array;
  postings: Map<string, number[]>;
  dimensions: number;
  /**
   * The direction all candidates share (their first principal component): the story's topic.
   * Taken out of sentence vectors before comparing them, so what differs decides (as in SIF
   * sentence embeddings, Arora et al. 2017).
   */
  common: Float32Array;
  /**
   * The mean sentence vector (common direction removed) of the texts ranked against this index
   * (buildMatchIndex's `background`: a project's claims, for an index of its propositions): a
   * candidate near it is near every query, and scores are corrected for it (features.ts
   * "background"). null: none given (claims are ranked with CLAIM_PRIOR_MODEL, which does not read it).
   */
  background: Float32Array | null;
}

const keysOf = (side: MatchSide) => {
  const keys = new Set<string>();
  for (const t of side.analysis.terms) {
    keys.add(`l:${t.lemma}`);
    for (const c of t.concepts) keys.add(`c:${c}`);
  }
  return keys;
};

export interface BuildOptions {
  /**
   * Texts of the kind that will be ranked against the index (claims, for an index of
   * propositions); a sample will do.
   */
  background?: readonly MatchSide[];
}

/** Most texts a background is the mean of (a sample does; proposition-links.ts, bench:matching). */
export const BACKGROUND_SAMPLE = 2_000;

/** At most `max` of `items`, evenly spaced (a background's sample). */
export function sampleEvenly<T>(items: readonly T[], max: number): T[] {
  const step = Math.max(1, Math.ceil(items.length / max));
  return items.filter((_, i) => i % step === 0);
}

export function buildMatchIndex(items: MatchItem[], options: BuildOptions = {}): MatchIndex {
  const d = items[0]?.analysis.vector.length ?? 100;
  const matrix = new Float32Array(items.length * d);
  const postings = new Map<string, number[]>();
  items.forEach((item, i) => {
    matrix.set(item.analysis.vector, i * d);
    for (const key of keysOf(item)) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const common = firstComponent(matrix, items.length, d);
  const index: MatchIndex = { items, matrix, postings, dimensions: d, common, background: null };
  if (options.background) index.background = centroid(options.background, common, d, specificityIn(index));
  return index;
}

/** How rare a lemma is among the index's items, in [0, 1] (features.ts Specificity). */
function specificityIn(index: MatchIndex): (lemma: string) => number {
  const n = index.items.length;
  return (lemma) => Math.log((n + 1) / ((index.postings.get(`l:${lemma}`)?.length ?? 0) + 1)) / Math.log(n + 1);
}

/**
 * Mean of the sides' sentence vectors as rankAgainst makes a query's (the index's rarities, its
 * common direction removed), not renormalized; null when there are none.
 */
function centroid(
  sides: readonly MatchSide[],
  common: Float32Array,
  d: number,
  specificity: (lemma: string) => number,
): Float32Array | null {
  if (sides.length === 0) return null;
  const out = new Float32Array(d);
  for (const s of sides) {
    const v = withoutCommon(meanVectorOf(s.analysis, specificity), common);
    for (let k = 0; k < d; k++) out[k] = (out[k] ?? 0) + (v[k] ?? 0) / sides.length;
  }
  return out;
}

/**
 * `index` with `items` added, for an index kept up to date as claims are created. The postings
 * are extended in place (the old index must not be used afterwards); the common direction is
 * kept, as a few new rows barely move it (rebuild with buildMatchIndex after large changes).
 */
export function appendToMatchIndex(index: MatchIndex, items: MatchItem[]): MatchIndex {
  if (items.length === 0) return index;
  const d = index.dimensions;
  const start = index.items.length;
  const matrix = new Float32Array((start + items.length) * d);
  matrix.set(index.matrix);
  items.forEach((item, j) => {
    matrix.set(item.analysis.vector, (start + j) * d);
    for (const key of keysOf(item)) {
      const list = index.postings.get(key);
      if (list) list.push(start + j);
      else index.postings.set(key, [start + j]);
    }
  });
  return { ...index, items: [...index.items, ...items], matrix };
}

export interface RankOptions {
  model?: MatchModel;
  limit?: number;
  shortlist?: number;
  /** Candidate ids never to return (the query itself, rejected pairs, linked claims). */
  exclude?: ReadonlySet<string>;
}

export function rankAgainst(index: MatchIndex, query: MatchSide, options: RankOptions = {}): RankedMatch[] {
  const { model = PRIOR_MODEL, limit = 10, shortlist = 100, exclude } = options;
  const n = index.items.length;
  const d = index.dimensions;
  const coarse = new Float32Array(n);
  const qv = query.analysis.vector;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const off = i * d;
    for (let k = 0; k < d; k++) s += (qv[k] ?? 0) * (index.matrix[off + k] ?? 0);
    coarse[i] = s;
  }
  // Shared keys, each weighted by how rare it is among the candidates.
  for (const key of keysOf(query)) {
    const list = index.postings.get(key);
    if (!list) continue;
    const w = 0.3 / Math.log(2 + list.length);
    for (const i of list) coarse[i] = (coarse[i] ?? 0) + w;
  }
  const specificity = specificityIn(index);
  // The shortlist is of candidates kept (topIndices skips the excluded), however many are excluded.
  const order = topIndices(coarse, Math.min(n, shortlist), (i) => !exclude?.has(at(index.items, i).id));
  const qMean = withoutCommon(meanVectorOf(query.analysis, specificity), index.common);
  const ranked = order.map((i) => {
    const item = at(index.items, i); // topIndices returns indexes of coarse, one per item
    const { features, reasons } = pairEvidence(
      query,
      item,
      specificity,
      [qMean, withoutCommon(meanVectorOf(item.analysis, specificity), index.common)],
      index.background,
    );
    return { id: item.id, score: scoreFeatures(features, model), reasons, features };
  });
  ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return ranked.slice(0, limit);
}

/** Indices of the k largest values passing `keep`, largest first. */
function topIndices(values: Float32Array, k: number, keep: (i: number) => boolean): number[] {
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (keep(i)) idx.push(i);
  if (idx.length <= k) return idx.sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
  // Partial selection: good enough and simple at these sizes (a sort of 10k numbers is ~1 ms).
  return idx.sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0)).slice(0, k);
}

/** First principal component (uncentred) of the rows, by power iteration; zeros when no rows. */
export function firstComponent(matrix: Float32Array, n: number, d: number): Float32Array {
  let v = new Float32Array(d).fill(1 / Math.sqrt(d));
  if (n === 0) return new Float32Array(d);
  for (let iter = 0; iter < 20; iter++) {
    const next = new Float32Array(d);
    for (let i = 0; i < n; i++) {
      let p = 0;
      for (let k = 0; k < d; k++) p += (matrix[i * d + k] ?? 0) * (v[k] ?? 0);
      for (let k = 0; k < d; k++) next[k] = (next[k] ?? 0) + p * (matrix[i * d + k] ?? 0);
    }
    let norm = 0;
    for (let k = 0; k < d; k++) {
      const x = next[k] ?? 0;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) return new Float32Array(d);
    for (let k = 0; k < d; k++) next[k] = (next[k] ?? 0) / norm;
    v = next;
  }
  return v;
}

/** The vector with its component along `common` removed, renormalized. */
export function withoutCommon(v: Float32Array, common: Float32Array): Float32Array {
  let p = 0;
  for (let k = 0; k < v.length; k++) p += (v[k] ?? 0) * (common[k] ?? 0);
  const out = new Float32Array(v.length);
  let norm = 0;
  for (let k = 0; k < v.length; k++) {
    out[k] = (v[k] ?? 0) - p * (common[k] ?? 0);
    const x = out[k] ?? 0; // read back: the norm is of the stored (float32) values
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < v.length; k++) out[k] = (out[k] ?? 0) / norm;
  return out;
}
