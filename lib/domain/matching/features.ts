// Evidence that two texts (claim and proposition, or two claims) say the same thing, as a fixed
// feature vector for the scoring model plus the reasons a reviewer reads ("synonym: payback ≈
// retribution"). Every feature is in [0, 1]. Pure.
import { dot } from "./lexicon";
import type { AnalyzedText, Term } from "./analyze";

export const FEATURE_NAMES = [
  "lexical", "synonym", "vector", "alignment", "entities", "numbers", "negation", "holder", "perspective",
] as const;
export type FeatureVector = number[];

/** What the matcher knows about a text beyond its words. */
export interface MatchSide {
  analysis: AnalyzedText;
  holder?: string | null;
  perspective?: string | null;
}

/**
 * How specific a lemma is within the candidates being ranked, in [0, 1] (1: none has it). Words
 * every candidate shares (this story's "Japan", "export") then decide little, whatever the corpus.
 */
export type Specificity = (lemma: string) => number;

export interface PairEvidence {
  features: FeatureVector;
  reasons: string[];
}

// A word pair counts as "similar" above this vector cosine (wink's 100-d vectors: synonyms and
// close kin sit at 0.5–0.8, unrelated words of one topic at 0.2–0.4).
const SIMILAR_COS = 0.6;

export function pairEvidence(q: MatchSide, c: MatchSide, specificity: Specificity = () => 1): PairEvidence {
  const a = q.analysis;
  const b = c.analysis;
  const reasons: string[] = [];
  const shared: string[] = [];
  const synonyms: string[] = [];
  const similar: string[] = [];
  let sharedW = 0;
  let synW = 0;
  let alignW = 0;
  let totalW = 0;
  const w = (t: Term) => t.weight * (0.4 + 0.6 * specificity(t.lemma));
  for (const t of a.terms) {
    if (t.entity) continue; // entities are their own feature
    const tw = w(t);
    totalW += tw;
    if (b.lemmas.has(t.lemma)) {
      sharedW += tw;
      alignW += tw;
      shared.push(t.surface);
      continue;
    }
    const syn = bestConcept(t, b.terms);
    if (syn) {
      synW += tw * syn.strength;
      synonyms.push(`${t.surface} ≈ ${syn.term.surface}`);
    }
    const near = bestVector(t, b.terms);
    if (near && near.cos >= SIMILAR_COS) {
      alignW += tw * near.cos * near.term.weight;
      if (!syn) similar.push(`${t.surface} ~ ${near.term.surface}`);
    } else if (syn) alignW += tw * 0.5 * syn.strength;
  }
  const bW = b.terms.reduce((s, t) => s + (t.entity ? 0 : w(t)), 0);
  const norm = Math.sqrt(Math.max(totalW, 1e-9) * Math.max(bW, 1e-9));
  const lexical = sharedW / norm;
  const synonym = Math.min(1, synW / Math.max(totalW, 1e-9));
  const alignment = totalW > 0 ? alignW / totalW : 0;
  const vector = Math.max(0, dot(a.vector, b.vector));

  const sameEntities = a.entities.filter((e) => b.entities.some((f) => sameEntity(e, f)));
  const entityW = (list: Term[]) => list.reduce((s, e) => s + specificity(e.lemma), 0);
  const entities = Math.min(1, entityW(sameEntities) / Math.max(0.5, Math.min(entityW(a.entities), entityW(b.entities))));
  const sameNumbers = [...a.numbers].filter((n) => b.numbers.has(n));
  const numbers = sameNumbers.length > 0 ? 1 : 0;
  const negation = (a.negation === null) !== (b.negation === null) ? 1 : 0;
  const holder = q.holder && c.holder && normalizeName(q.holder) === normalizeName(c.holder) ? 1 : 0;
  const perspective = q.perspective && c.perspective && q.perspective === c.perspective ? 1 : 0;

  if (shared.length) reasons.push(`same words: ${shared.slice(0, 5).join(", ")}`);
  for (const s of synonyms.slice(0, 3)) reasons.push(`synonym: ${s}`);
  for (const s of similar.slice(0, 3)) reasons.push(`similar: ${s}`);
  if (sameEntities.length) reasons.push(`same entities: ${sameEntities.map((e) => e.surface).join(", ")}`);
  if (sameNumbers.length) reasons.push(`same dates or figures: ${sameNumbers.join(", ")}`);
  if (negation) reasons.push(`negation: "${a.negation ?? b.negation}" on one side only`);
  if (holder) reasons.push(`same holder: ${q.holder}`);
  return { features: [lexical, synonym, vector, alignment, entities, numbers, negation, holder, perspective], reasons };
}

/** Strongest concept shared with any candidate term: same sense 1, one is the other's hypernym 0.6, siblings 0.2. */
function bestConcept(t: Term, others: Term[]): { term: Term; strength: number } | null {
  let best: { term: Term; strength: number } | null = null;
  for (const o of others) {
    const s = overlaps(t.concepts, o.concepts) ? 1
      : overlaps(t.concepts, o.broader) || overlaps(t.broader, o.concepts) ? 0.6
      : overlaps(t.broader, o.broader) ? 0.2 : 0;
    if (s > (best?.strength ?? 0)) best = { term: o, strength: s };
  }
  return best;
}

function bestVector(t: Term, others: Term[]): { term: Term; cos: number } | null {
  if (!t.vector) return null;
  let best: { term: Term; cos: number } | null = null;
  for (const o of others) {
    if (!o.vector || o.entity) continue;
    const cos = dot(t.vector, o.vector);
    if (cos > (best?.cos ?? -1)) best = { term: o, cos };
  }
  return best;
}

function sameEntity(e: Term, f: Term): boolean {
  return e.lemma === f.lemma || overlaps(e.concepts, f.concepts);
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

function normalizeName(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}
