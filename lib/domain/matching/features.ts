// Evidence that two texts (claim and proposition, or two claims) say the same thing, as a fixed
// feature vector for the scoring model plus the reasons a reviewer reads ("synonym: payback ≈
// retribution"). Every feature is in [0, 1] but "background" (see pairEvidence). Pure.
import { dot } from "./lexicon";
import type { AnalyzedText, Term } from "./analyze";

export const FEATURE_NAMES = [
  "lexical",
  "synonym",
  "vector",
  "alignment",
  "entities",
  "numbers",
  "negation",
  "holder",
  "perspective",
  "soft",
  "background",
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

// A word pair counts as "similar" above this vector cosine. In wink's 100-d vectors close kin sit
// at 0.7–0.9 (accord ~ agreement 0.89, curbs ~ restrictions 0.76), but words that merely share
// contexts reach 0.6–0.7 (asked ~ given 0.66, significant ~ risk 0.64): below 0.7 they decided
// rankings wrongly (eval:linking, both halves: MRR plateaus for 0.65–0.8). WordNet still links
// pairs the vectors place lower.
const SIMILAR_COS = 0.7;
// "soft": how much of each text the other says, word by word, by the nearest word's cosine above
// this floor (rescaled to [0, 1]) or a shared concept: graded where "alignment" is all-or-nothing
// at SIMILAR_COS, so paraphrases whose words are only near kin still count some.
const SOFT_FLOOR = 0.3;

/** A term's weight in a comparison: rarer in English and rarer among the candidates weighs more. */
export const termWeight = (t: Term, specificity: Specificity) => t.weight * (0.4 + 0.6 * specificity(t.lemma));

/**
 * `vectors`: the two sides' specificity-weighted mean vectors (meanVectorOf), when the caller
 * computed them once for many pairs. `background`: the mean sentence vector of the texts that are
 * ranked against `c`'s kind (MatchIndex.background); the "background" feature is the sentence
 * vectors' cosine less the candidate's cosine with that mean (the plain cosine without one).
 */
export function pairEvidence(
  q: MatchSide,
  c: MatchSide,
  specificity: Specificity = () => 1,
  vectors?: [Float32Array, Float32Array],
  background?: Float32Array | null,
): PairEvidence {
  const a = q.analysis;
  const b = c.analysis;
  const w = (t: Term) => termWeight(t, specificity);
  // Both directions: a long claim covers a short statement as well as the statement covers it.
  const ab = cover(a.terms, b, w);
  const ba = cover(b.terms, a, w);
  const norm = Math.sqrt(Math.max(ab.total, 1e-9) * Math.max(ba.total, 1e-9));
  const lexical = ab.shared / norm;
  const synonym = Math.min(1, (ab.synonym / Math.max(ab.total, 1e-9) + ba.synonym / Math.max(ba.total, 1e-9)) / 2);
  const alignment = (ab.aligned / Math.max(ab.total, 1e-9) + ba.aligned / Math.max(ba.total, 1e-9)) / 2;
  const soft = Math.sqrt((ab.soft / Math.max(ab.total, 1e-9)) * (ba.soft / Math.max(ba.total, 1e-9)));
  const [va, vb] = vectors ?? [meanVectorOf(a, specificity), meanVectorOf(b, specificity)];
  const vector = Math.max(0, dot(va, vb));
  // A candidate near what every query says (a statement of vague words, "decided to end its
  // agreement", sits near most claims of the story) gains from the vector evidence of any query:
  // how near it is to the queries' mean is that evidence's expected value, taken off here
  // (hubness; as CSLS, Conneau et al. 2018, does per candidate with its nearest queries). In
  // [-2, 2], unlike the others.
  const centred = dot(va, vb) - (background ? dot(background, vb) : 0);

  const sameEntities = a.entities.filter((e) => b.entities.some((f) => sameEntity(e, f)));
  const entityW = (list: Term[]) => list.reduce((s, e) => s + specificity(e.lemma), 0);
  const entities = Math.min(1, entityW(sameEntities) / Math.max(0.5, Math.min(entityW(a.entities), entityW(b.entities))));
  const sameNumbers = [...a.numbers].filter((n) => b.numbers.has(n));
  const numbers = sameNumbers.length > 0 ? 1 : 0;
  const negation = (a.negation === null) !== (b.negation === null) ? 1 : 0;
  const holder = q.holder && c.holder && normalizeName(q.holder) === normalizeName(c.holder) ? 1 : 0;
  const perspective = q.perspective && c.perspective && q.perspective === c.perspective ? 1 : 0;

  const reasons: string[] = [];
  // A capitalised first word counts as a word and as a name ("Japan tightened …"): say it once,
  // as an entity. Entities are listed alphabetically so a pair reads the same either way round.
  const entitySurfaces = [...new Set(sameEntities.map((e) => e.surface))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const named = new Set(entitySurfaces.map((e) => e.toLowerCase()));
  const words = ab.sharedWords.filter((w) => !named.has(w.toLowerCase()));
  if (words.length) reasons.push(`same words: ${words.slice(0, 5).join(", ")}`);
  for (const s of ab.synonyms.slice(0, 3)) reasons.push(`synonym: ${s}`);
  for (const s of ab.similar.slice(0, 3)) reasons.push(`similar: ${s}`);
  if (entitySurfaces.length) reasons.push(`same entities: ${entitySurfaces.join(", ")}`);
  if (sameNumbers.length) reasons.push(`same dates or figures: ${sameNumbers.join(", ")}`);
  if (negation) reasons.push(`negation: "${a.negation ?? b.negation}" on one side only`);
  if (holder) reasons.push(`same holder: ${q.holder}`);
  return {
    features: [lexical, synonym, vector, alignment, entities, numbers, negation, holder, perspective, soft, centred],
    reasons,
  };
}

interface Cover {
  total: number;
  shared: number;
  synonym: number;
  aligned: number;
  soft: number;
  sharedWords: string[];
  synonyms: string[];
  similar: string[];
}

/** How much of `terms` (entities aside, weighted) the other text says: same word, synonym or near vector. */
function cover(terms: Term[], other: AnalyzedText, w: (t: Term) => number): Cover {
  const out: Cover = { total: 0, shared: 0, synonym: 0, aligned: 0, soft: 0, sharedWords: [], synonyms: [], similar: [] };
  for (const t of terms) {
    if (t.entity) continue; // entities are their own feature
    const tw = w(t);
    out.total += tw;
    if (other.lemmas.has(t.lemma)) {
      out.shared += tw;
      out.aligned += tw;
      out.soft += tw;
      out.sharedWords.push(t.surface);
      continue;
    }
    // A capitalised first word kept as a word meets names only as the entity feature does.
    const syn = bestConcept(t, other.terms, t.initial);
    if (syn) {
      out.synonym += tw * syn.strength;
      out.synonyms.push(`${t.surface} ≈ ${syn.term.surface}`);
    }
    const near = bestVector(t, other.terms);
    out.soft += tw * Math.max(syn ? 0.8 * syn.strength : 0, near ? Math.max(0, (near.cos - SOFT_FLOOR) / (1 - SOFT_FLOOR)) : 0);
    const vectorPart = near && near.cos >= SIMILAR_COS ? near.cos * near.term.weight : 0;
    const conceptPart = syn ? 0.8 * syn.strength : 0;
    out.aligned += tw * Math.max(vectorPart, conceptPart);
    if (!syn && vectorPart > 0) out.similar.push(`${t.surface} ~ ${near!.term.surface}`);
  }
  return out;
}

/** Mean of the text's word vectors (entities aside), weighted by termWeight; unit length. */
export function meanVectorOf(text: AnalyzedText, specificity: Specificity): Float32Array {
  const d = text.vector.length;
  const out = new Float32Array(d);
  for (const t of text.terms) {
    if (!t.vector || t.entity) continue;
    const w = termWeight(t, specificity);
    for (let k = 0; k < d; k++) out[k] = (out[k] ?? 0) + (t.vector[k] ?? 0) * w;
  }
  const n = Math.sqrt(dot(out, out));
  if (n > 0) for (let k = 0; k < d; k++) out[k] = (out[k] ?? 0) / n;
  return out;
}

/** Strongest concept shared with any candidate term: same sense 1, one is the other's hypernym 0.6, siblings 0.2. */
function bestConcept(t: Term, others: Term[], skipEntities: boolean): { term: Term; strength: number } | null {
  let best: { term: Term; strength: number } | null = null;
  for (const o of others) {
    if (skipEntities && o.entity) continue;
    const shared = overlaps(t.concepts, o.concepts)
      ? 1
      : overlaps(t.concepts, o.broader) || overlaps(t.broader, o.concepts)
        ? 0.6
        : overlaps(t.broader, o.broader)
          ? 0.2
          : 0;
    if (shared <= (best?.strength ?? 0)) continue;
    // A shared concept the two words' vectors do not bear out (cosine < 0.4: "leaning ≈ list",
    // "attitude ≈ posed", a noun for people met through a verb it derives from, "judges ≈
    // settled") is most likely a rare sense of one of them: it counts 0.35. (Twelfth pass: 0.3
    // and a half before; leave-one-set-out MRR 0.767 → 0.773, R@5 unchanged.)
    const s = t.vector && o.vector && dot(t.vector, o.vector) < 0.4 ? shared * 0.35 : shared;
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

/**
 * Same name, same WordNet concept ("Seoul" and "South Korea"), or a short form that ends the
 * longer name ("Korea" in "South Korea", "Kono" in "Taro Kono"); two long names ending alike
 * ("North Korea", "South Korea") are not the same.
 */
export function sameEntity(e: Term, f: Term): boolean {
  return e.lemma === f.lemma || overlaps(e.concepts, f.concepts) || endsName(e.lemma, f.lemma) || endsName(f.lemma, e.lemma);
}

const endsName = (short: string, long: string) => !short.includes(" ") && long.endsWith(` ${short}`);

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

function normalizeName(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}
