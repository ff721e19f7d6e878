// Grouping a project's unlinked claims into candidate propositions ("these 6 claims in 4 outlets
// seem to say the same thing"). All pairs of 10,000 claims would be 50 million comparisons, so
// candidates come from blocking: each claim meets only the claims that share a rare lemma or
// concept (inverted index) or fall in the same bucket of a random-hyperplane hash of its vector
// (LSH), keeps its best few by a cheap score, and only those pairs get the full evidence and
// the model's score. Pairs above the threshold join when each is among the other's strongest few,
// strongest first and up to a size cap, so one vague claim does not chain two topics together.
// Pure and deterministic.
import { at } from "../at";
import { dot } from "./lexicon";
import { buildMatchIndex, withoutCommon, type MatchItem, type MatchIndex } from "./ranker";
import { meanVectorOf, pairEvidence } from "./features";
import { CLUSTER_MODEL, scoreFeatures, type MatchModel } from "./model";
import { HEDGES } from "./cues";

export interface ClusterItem extends MatchItem {
  documentId: string;
}

export interface ClaimCluster {
  /** Claim ids, the most central first. */
  ids: string[];
  documents: number;
  /** Mean score of the edges that hold it together. */
  score: number;
  /** Reasons of the strongest edge, for the reviewer. */
  reasons: string[];
  /** The central claim's text, hedges and leading attribution taken out: a draft to edit. */
  draft: string;
}

export interface ClusterOptions {
  model?: MatchModel;
  threshold?: number;
  /** Candidates kept per claim after the cheap score. */
  perClaim?: number;
  /** Edges each claim joins through. */
  edgesPerClaim?: number;
  /** Largest cluster offered: a bigger one is a topic, not a proposition. */
  maxSize?: number;
}

const LSH_TABLES = 4;
const LSH_BITS = 10;
/** A bucket holding more claims than this says little (a common shape of sentence): skipped. */
const MAX_BUCKET = 40;

export function clusterClaims(items: ClusterItem[], options: ClusterOptions = {}): ClaimCluster[] {
  const { model = CLUSTER_MODEL, threshold = 0.2, perClaim = 12, edgesPerClaim = 3, maxSize = 6 } = options;
  const n = items.length;
  if (n < 2) return [];
  const index = buildMatchIndex(items);
  // A lemma or concept that over 1% of the claims share ("Japan") blocks nothing.
  const maxDf = Math.max(8, Math.ceil(n * 0.01));
  const specificity = (lemma: string) => {
    const df = index.postings.get(`l:${lemma}`)?.length ?? 0;
    return Math.log((n + 1) / (df + 1)) / Math.log(n + 1);
  };
  const buckets = lshBuckets(index);
  const means = items.map((it) => withoutCommon(meanVectorOf(it.analysis, specificity), index.common));

  const edges: { i: number; j: number; score: number; reasons: string[] }[] = [];
  const acc = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    touched.length = 0;
    const item = at(items, i);
    // Only j > i: each unordered pair is scored once, from its lower end (blocking is symmetric).
    const bump = (j: number, w: number) => {
      const other = items[j];
      if (j <= i || other === undefined || other.documentId === item.documentId) return;
      const before = acc[j] ?? 0;
      if (before === 0) touched.push(j);
      acc[j] = before + w;
    };
    for (const t of item.analysis.terms) {
      for (const key of [`l:${t.lemma}`, ...t.concepts.map((c) => `c:${c}`)]) {
        const list = index.postings.get(key);
        if (list && list.length <= maxDf) for (const j of list) bump(j, 1 / Math.log(2 + list.length));
      }
    }
    for (const table of buckets) {
      const bucket = table.members.get(at(table.codes, i))!; // every claim's code was put in members
      if (bucket.length <= MAX_BUCKET) for (const j of bucket) bump(j, 0.2);
    }
    const cheap = touched
      .map((j) => ({ j, s: (acc[j] ?? 0) + dot(item.analysis.vector, at(items, j).analysis.vector) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, perClaim);
    for (const j of touched) acc[j] = 0;
    for (const { j } of cheap) {
      const { features, reasons } = pairEvidence(item, at(items, j), specificity, [at(means, i), at(means, j)]);
      const score = scoreFeatures(features, model);
      if (score >= threshold) edges.push({ i, j, score, reasons });
    }
  }

  // Each claim keeps its strongest few edges; an edge counts only if both ends keep it.
  const byNode = new Map<number, typeof edges>();
  for (const e of edges) for (const v of [e.i, e.j]) (byNode.get(v) ?? byNode.set(v, []).get(v)!).push(e);
  const votes = new Map<(typeof edges)[number], number>();
  for (const list of byNode.values())
    for (const e of list.sort((a, b) => b.score - a.score).slice(0, edgesPerClaim)) votes.set(e, (votes.get(e) ?? 0) + 1);
  const mutual = [...votes]
    .filter(([, v]) => v === 2)
    .map(([e]) => e)
    .sort((a, b) => b.score - a.score);

  // Strongest edges first; two groups merge only while the result stays within maxSize.
  const parent = Array.from({ length: n }, (_, i) => i);
  const size = new Array<number>(n).fill(1);
  const find = (x: number): number => {
    const up = at(parent, x);
    return up === x ? x : (parent[x] = find(up));
  };
  const kept: typeof edges = [];
  for (const e of mutual) {
    const a = find(e.i);
    const b = find(e.j);
    if (a === b) kept.push(e);
    else if (at(size, a) + at(size, b) <= maxSize) {
      parent[a] = b;
      size[b] = at(size, b) + at(size, a);
      kept.push(e);
    }
  }
  const groups = new Map<number, number[]>();
  for (const e of kept)
    for (const v of [e.i, e.j])
      if (!groups.get(find(v))?.includes(v)) (groups.get(find(v)) ?? groups.set(find(v), []).get(find(v))!).push(v);

  const edgesOf = new Map<number, (typeof edges)[number][]>();
  for (const e of kept) (edgesOf.get(find(e.i)) ?? edgesOf.set(find(e.i), []).get(find(e.i))!).push(e);
  const clusters: ClaimCluster[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const inside = edgesOf.get(root) ?? [];
    const strength = new Map<number, number>();
    for (const e of inside) for (const v of [e.i, e.j]) strength.set(v, (strength.get(v) ?? 0) + e.score);
    const ordered = [...members].sort((a, b) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0) || a - b);
    const best = inside.reduce((a, b) => (b.score > a.score ? b : a));
    clusters.push({
      ids: ordered.map((v) => at(items, v).id),
      documents: new Set(members.map((v) => at(items, v).documentId)).size,
      score: inside.reduce((s, e) => s + e.score, 0) / inside.length,
      reasons: best.reasons,
      draft: neutralDraft(at(items, at(ordered, 0)).analysis.text), // a group has at least two members
    });
  }
  return clusters.sort((a, b) => b.documents - a.documents || b.ids.length - a.ids.length || b.score - a.score);
}

interface LshTable {
  codes: Uint32Array;
  members: Map<number, number[]>;
}

/** Random-hyperplane hashing of the claims' vectors (seeded: the same claims give the same buckets). */
function lshBuckets(index: MatchIndex): LshTable[] {
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed ^ (seed << 13)) >>> 0;
    seed = (seed ^ (seed >>> 17)) >>> 0;
    seed = (seed ^ (seed << 5)) >>> 0;
    return seed / 0x100000000 - 0.5;
  };
  const d = index.dimensions;
  const n = index.items.length;
  return Array.from({ length: LSH_TABLES }, () => {
    const planes = Array.from({ length: LSH_BITS }, () => Float32Array.from({ length: d }, random));
    const codes = new Uint32Array(n);
    const members = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      let code = 0;
      for (let b = 0; b < LSH_BITS; b++) {
        const plane = at(planes, b);
        let s = 0;
        for (let k = 0; k < d; k++) s += (plane[k] ?? 0) * (index.matrix[i * d + k] ?? 0);
        if (s > 0) code |= 1 << b;
      }
      codes[i] = code;
      (members.get(code) ?? members.set(code, []).get(code)!).push(i);
    }
    return { codes, members };
  });
}

/**
 * A draft statement from a claim: hedges and a leading attribution ("X said that", "according
 * to X,") removed, first letter capitalized. The reviewer edits it before creating.
 */
export function neutralDraft(text: string): string {
  let s = text
    .trim()
    .replace(/^according to [^,]+,\s*/i, "")
    .replace(/^[^,]{1,60}?\b(said|says|stated|maintains|argued|argues)\s+(that\s+)?/i, "");
  s = s
    .split(/\s+/)
    .filter((w) => !HEDGES.has(w.toLowerCase().replace(/[^a-z]/g, "")))
    .join(" ");
  s = s.replace(/\s+([,.;:])/g, "$1").replace(/[.;:,]+$/, "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
