// Experimental pair features for scripts/loso-matching.ts (EXTRA=name,name), tried before any goes
// into lib/domain/matching/features.ts.
import { dot } from "../lib/domain/matching/lexicon";
import { loadLexicon } from "../lib/server/matching/lexicon";
import type { AnalyzedText, Term } from "../lib/domain/matching/analyze";
import { withoutCommon } from "../lib/domain/matching/ranker";

const lex = loadLexicon();
const N = Number(process.env.HUB_VOCAB ?? 20000);
const K = Number(process.env.HUB_K ?? 10);
let vocab: Float32Array | null = null;
function vocabMatrix(): Float32Array {
  if (vocab) return vocab;
  const words = [...lex.rank.entries()].sort((a, b) => a[1] - b[1]).slice(0, N);
  vocab = new Float32Array(words.length * lex.dimensions);
  words.forEach(([w], i) => vocab!.set(lex.vector(w)!, i * lex.dimensions));
  return vocab;
}
const hubCache = new Map<string, number>();
/** Mean cosine of the word to its K nearest among the N most frequent words: how much of a hub it is. */
export function hub(t: Term): number {
  if (!t.vector) return 0;
  const hit = hubCache.get(t.lemma);
  if (hit !== undefined) return hit;
  const m = vocabMatrix();
  const dd = lex.dimensions;
  const top = new Array<number>(K + 1).fill(-1);
  for (let i = 0; i < m.length / dd; i++) {
    let s = 0;
    for (let k = 0; k < dd; k++) s += (t.vector[k] ?? 0) * (m[i * dd + k] ?? 0);
    if (s > top[K]!) {
      top[K] = s;
      top.sort((a, b) => b - a);
    }
  }
  // The best is (nearly always) the word itself.
  const h = top.slice(1).reduce((a, b) => a + b, 0) / K;
  hubCache.set(t.lemma, h);
  return h;
}

const content = (a: AnalyzedText) => a.terms.filter((t) => !t.entity);

/** How much of `a`'s content weight `b` covers: a shared lemma fully, else its best word by `similarity`. */
function cover(a: AnalyzedText, b: AnalyzedText, similarity: (t: Term, o: Term) => number): number {
  let tot = 0;
  let got = 0;
  for (const t of content(a)) {
    tot += t.weight;
    if (b.lemmas.has(t.lemma)) {
      got += t.weight;
      continue;
    }
    if (!t.vector) continue;
    let best = 0;
    for (const o of content(b)) if (o.vector) best = Math.max(best, similarity(t, o));
    got += t.weight * best;
  }
  return tot > 0 ? got / tot : 0;
}

/** CSLS word similarity (each word's hubness taken off), shifted and capped at 1. */
const csCover = (a: AnalyzedText, b: AnalyzedText, shift: number) =>
  cover(a, b, (t, o) => Math.min(1, (2 * dot(t.vector!, o.vector!) - hub(t) - hub(o) + shift) / (1 + shift)));

const maxAlign = (a: AnalyzedText, b: AnalyzedText) => cover(a, b, (t, o) => dot(t.vector!, o.vector!));

function sif(a: AnalyzedText, common: Float32Array): Float32Array {
  const out = new Float32Array(lex.dimensions);
  const A = 1e-3;
  const total = lex.rank.size;
  for (const t of content(a)) {
    if (!t.vector) continue;
    const r = lex.rank.get(t.lemma.split(" ")[0] ?? "") ?? total;
    // Zipf: p(w) ∝ 1/(rank+10); normalised by the harmonic number of the vocabulary.
    const p = 1 / ((r + 10) * Math.log(total + 10));
    const w = A / (A + p);
    for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? 0) + w * (t.vector[k] ?? 0);
  }
  return withoutCommon(out, common);
}

export function extraFeatures(names: string[], claim: AnalyzedText, statement: AnalyzedText, common: Float32Array): number[] {
  return names.map((n) => {
    if (n === "csls") return Math.sqrt(csCover(claim, statement, 0.3) * csCover(statement, claim, 0.3));
    if (n === "csls0") return Math.sqrt(csCover(claim, statement, 0) * csCover(statement, claim, 0));
    if (n === "cslsP") return csCover(statement, claim, 0.3);
    if (n === "maxalign") return Math.sqrt(maxAlign(claim, statement) * maxAlign(statement, claim));
    if (n === "sif") return Math.max(0, dot(sif(claim, common), sif(statement, common)));
    throw new Error(`unknown feature ${n}`);
  });
}
