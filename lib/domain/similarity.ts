// Ranking short texts (claims, proposition statements) by lexical similarity to a query:
// which existing proposition a new claim probably belongs to, and which unlinked claims
// elsewhere are "possibly the same claim" as a proposition. Pure: no I/O; wink-nlp and its
// English model are plain in-memory libraries.
//
// Method: each text becomes a bag of terms, where a term is the Porter stem (wink-nlp) of a
// token's normal form, stop words, punctuation and clitics dropped, plus whole hyphenated
// compounds and the concept terms of ./related-terms. Texts are compared by cosine of
// TF-IDF vectors (binary tf, smoothed idf). IDF comes from the candidate set plus the
// query, so words that every candidate shares ("Japan", "South Korea" in this corpus)
// weigh little and the distinctive ones ("retaliatory", "rulings") decide.
import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { conceptOf, unifyStem } from "./related-terms";

export interface SimilarityCandidate {
  id: string;
  text: string;
  /** textTerms(text), when the caller kept it from an earlier ranking (tokenizing is the cost). */
  terms?: TextTerms;
}

/** A text reduced to its terms (binary tf) and the words they came from. */
export interface TextTerms {
  tf: Map<string, number>;
  surface: Map<string, string>;
}

export interface SimilarityMatch {
  id: string;
  /** Cosine similarity in (0, 1]; candidates sharing no term are left out. */
  score: number;
  /** The candidate's own words (normalized) that matched, most influential first. */
  matchedTerms: string[];
}

export interface SimilarityRanker {
  rank(query: string, limit?: number): SimilarityMatch[];
}

/** One term occurrence, with the word it came from (for matchedTerms). */
interface TermOccurrence {
  term: string;
  surface: string;
}

/** A candidate reduced to its term weights (binary tf) and display words. */
interface CandidateVector {
  id: string;
  order: number;
  tf: Map<string, number>;
  surface: Map<string, string>;
}

const DEFAULT_LIMIT = 10;

type Nlp = ReturnType<typeof winkNLP>;
let cachedNlp: Nlp | null = null;

// Loading the model costs ~100 ms and some MB: do it once per process, on first use, so
// importing this module (e.g. from a page that never ranks) stays free. No pipes: tokens,
// normal forms, stems and stop-word flags are lexical and need no tagging.
function getNlp(): Nlp {
  cachedNlp ??= winkNLP(model, []);
  return cachedNlp;
}

// its.stem stems the raw token, which keeps "labour" and "labor" apart; the model's
// normal form already unifies such spellings, so we stem the normal form with the same
// stemmer its.stem uses. Fallback (model without the addon): its.stem's output.
function stemOf(normal: string, fallback: string): string {
  const stem = (model.addons as { stem?: unknown }).stem;
  return typeof stem === "function" ? String(stem(normal)) : fallback;
}

/** Possessive and contracted clitics ("'s", "’s") carry no topic. */
function isClitic(normal: string): boolean {
  return normal.startsWith("'") || normal.startsWith("’");
}

/** Term occurrences of a text, in reading order. */
function extractOccurrences(text: string): TermOccurrence[] {
  const nlp = getNlp();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const normals = tokens.out(its.normal) as string[];
  // wink-nlp's .d.ts declares its.stem with a parameter list ItsFunction does not accept;
  // at runtime it is an ordinary its helper.
  const stems = tokens.out(its.stem as unknown as ItsFunction<string>) as string[];
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const spaces = tokens.out(its.precedingSpaces) as string[];

  const isContent = (i: number) =>
    (types[i] === "word" || types[i] === "number") && !stops[i] && !isClitic(normals[i]);
  // wink splits "tit-for-tat" into tit - for - tat; a run of words joined by bare hyphens
  // is also kept whole, because a compound can mean more than its parts.
  const joinsNext = (i: number) =>
    normals[i + 1] === "-" && spaces[i + 1] === "" && types[i + 2] === "word" && spaces[i + 2] === "";

  const out: TermOccurrence[] = [];
  const push = (term: string, surface: string) => {
    out.push({ term, surface });
    const concept = conceptOf(term);
    if (concept) out.push({ term: concept, surface });
  };
  let compoundEnd = -1; // last token of the compound being read, so parts start none
  for (let i = 0; i < normals.length; i++) {
    if (i > compoundEnd && types[i] === "word" && joinsNext(i)) {
      compoundEnd = i;
      while (joinsNext(compoundEnd)) compoundEnd += 2;
      const compound = normals.slice(i, compoundEnd + 1).join("");
      push(compound, compound);
    }
    if (isContent(i)) push(unifyStem(stemOf(normals[i], stems[i])), normals[i]);
  }
  return out;
}

/** The distinct terms of a text (stems, compounds, "~concept" terms); for tests and debugging. */
export function extractTerms(text: string): string[] {
  return [...new Set(extractOccurrences(text).map((o) => o.term))];
}

// Binary tf: claims and statements are a sentence long, and what repeats within one is
// mostly its actors ("Japan imposed … Japan's 1910-45 colonial rule"), which should not
// outweigh the one word that carries the claim ("retaliation").
function vectorize(occurrences: TermOccurrence[]): { tf: Map<string, number>; surface: Map<string, string> } {
  const tf = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const { term, surface: word } of occurrences) {
    tf.set(term, 1);
    if (!surface.has(term)) surface.set(term, word);
  }
  return { tf, surface };
}

/** The terms buildRanker would extract from `text`: keep them to rank the same text again cheaply. */
export function textTerms(text: string): TextTerms {
  return vectorize(extractOccurrences(text));
}

/**
 * Prepare candidates once, then rank any number of queries against them.
 * Cost: building is linear in the candidates' text; each rank() is linear in the text of
 * the candidates that share at least one term with the query.
 */
export function buildRanker(candidates: readonly SimilarityCandidate[]): SimilarityRanker {
  const vectors: CandidateVector[] = candidates.map((c, order) => ({ id: c.id, order, ...(c.terms ?? textTerms(c.text)) }));
  const df = new Map<string, number>();
  const postings = new Map<string, CandidateVector[]>();
  for (const v of vectors) {
    for (const term of v.tf.keys()) {
      df.set(term, (df.get(term) ?? 0) + 1);
      const list = postings.get(term);
      if (list) list.push(v);
      else postings.set(term, [v]);
    }
  }

  function rank(query: string, limit = DEFAULT_LIMIT): SimilarityMatch[] {
    const q = vectorize(extractOccurrences(query)).tf;
    if (q.size === 0) return [];
    // Smoothed IDF over candidates + the query as one more document: always > 0, and a
    // term only the query has gets the highest weight (it still counts in the query norm).
    const n = vectors.length + 1;
    const idf = (term: string) => Math.log((n + 1) / ((df.get(term) ?? 0) + (q.has(term) ? 1 : 0) + 1)) + 1;
    const qWeights = new Map([...q].map(([t, w]) => [t, w * idf(t)] as [string, number]));
    const qNorm = Math.hypot(...qWeights.values());

    const touched = new Set<CandidateVector>();
    for (const term of q.keys()) for (const v of postings.get(term) ?? []) touched.add(v);

    const matches: (SimilarityMatch & { order: number })[] = [];
    for (const v of touched) {
      let dot = 0;
      let normSq = 0;
      const contributions: [string, number][] = [];
      for (const [term, w] of v.tf) {
        const weight = w * idf(term);
        normSq += weight * weight;
        const qw = qWeights.get(term);
        if (qw !== undefined) {
          dot += qw * weight;
          contributions.push([v.surface.get(term) ?? term, qw * weight]);
        }
      }
      const score = dot / (qNorm * Math.sqrt(normSq));
      matches.push({ id: v.id, order: v.order, score, matchedTerms: summarizeMatches(contributions) });
    }
    // Ties keep the caller's order, so equal scores do not shuffle between renders.
    matches.sort((a, b) => b.score - a.score || a.order - b.order);
    return matches.slice(0, Math.max(0, limit)).map(({ id, score, matchedTerms }) => ({ id, score, matchedTerms }));
  }

  return { rank };
}

/** Matched words, one entry per word (a stem and its concept term add up), strongest first. */
function summarizeMatches(contributions: [string, number][]): string[] {
  const byWord = new Map<string, number>();
  for (const [word, c] of contributions) byWord.set(word, (byWord.get(word) ?? 0) + c);
  return [...byWord].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/** One-off ranking; build a ranker instead when several queries share the candidates. */
export function rankBySimilarity(
  query: string,
  candidates: readonly SimilarityCandidate[],
  limit = DEFAULT_LIMIT,
): SimilarityMatch[] {
  return buildRanker(candidates).rank(query, limit);
}
