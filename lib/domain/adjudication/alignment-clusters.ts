// Grouping several annotators' spans of one document into clusters that stand for "the
// same annotation", for adjudication. Invariants: every span is in exactly one cluster
// and a cluster holds at most one span per annotator, so two nested spans of one
// annotator never collapse into one cluster. Offsets are code points. Pure.
import { forEachOverlappingPair, hullLength, overlapLength } from "../agreement/overlap-pairs";
import { linksKey, type Span } from "../spans/spans";
import { canonicalJson } from "../text/stable-key";
import { at } from "../at";

export interface AnnotatedSpan {
  annotatorId: string;
  span: Span;
  /** canonicalJson of the attributes: equal exactly when the attributes are deep-equal. */
  attributesKey: string;
  /** linksKey of the span's proposition links ("" for none). */
  linksKey: string;
}

interface Cluster {
  label: string;
  start: number;
  end: number;
  members: AnnotatedSpan[];
  annotators: Set<string>;
}

/**
 * Three passes, most certain first: (1) identical label and range; (2) same label and
 * overlapping, pairing the largest overlaps first; (3) identical range, different label.
 * The result does not depend on the order of annotators or of spans within a layer.
 */
export function clusterLayers(layers: ReadonlyMap<string, readonly Span[]>): AnnotatedSpan[][] {
  const seeds = seedExactMatches(sortedNodes(layers));
  const merged = mergeOverlapping(seeds);
  return mergeSameRange(merged).map((c) => c.members);
}

function sortedNodes(layers: ReadonlyMap<string, readonly Span[]>): AnnotatedSpan[] {
  const nodes: AnnotatedSpan[] = [];
  for (const [annotatorId, spans] of layers) {
    for (const span of spans)
      nodes.push({ annotatorId, span, attributesKey: canonicalJson(span.attributes ?? {}), linksKey: linksKey(span.links) });
  }
  return nodes.sort(
    (a, b) =>
      compareText(a.span.label, b.span.label) ||
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      compareText(a.attributesKey, b.attributesKey) ||
      compareText(a.annotatorId, b.annotatorId) ||
      compareText(a.span.id, b.span.id),
  );
}

/** Pass 1: identical (label, start, end). A second identical span of one annotator starts a new cluster. */
function seedExactMatches(nodes: readonly AnnotatedSpan[]): Cluster[] {
  const seeds: Cluster[] = [];
  let groupStart = 0;
  for (const node of nodes) {
    const { label, start, end } = node.span;
    const previous = seeds[seeds.length - 1];
    if (!previous || previous.label !== label || previous.start !== start || previous.end !== end) {
      groupStart = seeds.length;
    }
    let target = seeds.slice(groupStart).find((c) => !c.annotators.has(node.annotatorId));
    if (!target) {
      target = { label, start, end, members: [], annotators: new Set() };
      seeds.push(target);
    }
    target.members.push(node);
    target.annotators.add(node.annotatorId);
  }
  return seeds;
}

/** Pass 2: same label and overlapping, largest overlap first, tighter pair on ties; only between disjoint annotator sets. */
function mergeOverlapping(seeds: readonly Cluster[]): Cluster[] {
  const pairs: { i: number; j: number; overlap: number; hull: number }[] = [];
  forEachOverlappingPair(seeds, (i, j) => {
    const [x, y] = [at(seeds, i), at(seeds, j)];
    if (x.label !== y.label) return;
    pairs.push({ i, j, overlap: overlapLength(x, y), hull: hullLength(x, y) });
  });
  pairs.sort((x, y) => y.overlap - x.overlap || x.hull - y.hull || x.i - y.i || x.j - y.j);
  const parent = seeds.map((_, i) => i);
  const root = (i: number): number => {
    const p = at(parent, i);
    return p === i ? i : (parent[i] = root(p));
  };
  const annotators = seeds.map((s) => new Set(s.annotators));
  for (const { i, j } of pairs) {
    const [ri, rj] = [root(i), root(j)];
    const [a, b] = ri <= rj ? [ri, rj] : [rj, ri];
    const [into, from] = [at(annotators, a), at(annotators, b)];
    if (a === b || !disjoint(into, from)) continue;
    parent[b] = a;
    for (const id of from) into.add(id);
  }
  const clusters = new Map<number, Cluster>();
  seeds.forEach((seed, i) => {
    const r = root(i);
    const cluster = clusters.get(r);
    if (!cluster) clusters.set(r, { ...seed, members: [...seed.members], annotators: at(annotators, r) });
    else {
      cluster.members.push(...seed.members);
      cluster.start = Math.min(cluster.start, seed.start);
      cluster.end = Math.max(cluster.end, seed.end);
    }
  });
  return [...clusters.values()];
}

/**
 * Pass 3: clusters whose spans all share one range and that differ in label become one
 * label-mismatch cluster, first fit, biggest clusters first, never two spans of one annotator.
 * The sort is stable and its input already deterministic, so ties keep a fixed order.
 */
function mergeSameRange(clusters: readonly Cluster[]): Cluster[] {
  const result: Cluster[] = [];
  const byRange = new Map<string, Cluster[]>();
  const ordered = [...clusters].sort(
    (a, b) => b.annotators.size - a.annotators.size || compareText(a.label, b.label) || a.start - b.start || a.end - b.end,
  );
  for (const cluster of ordered) {
    if (!hasSingleRange(cluster)) {
      result.push(cluster);
      continue;
    }
    const key = `${cluster.start}:${cluster.end}`;
    const candidates = byRange.get(key) ?? [];
    const target = candidates.find((c) => disjoint(c.annotators, cluster.annotators));
    if (target) {
      target.members.push(...cluster.members);
      for (const id of cluster.annotators) target.annotators.add(id);
      continue;
    }
    const copy = { ...cluster, members: [...cluster.members], annotators: new Set(cluster.annotators) };
    byRange.set(key, [...candidates, copy]);
    result.push(copy);
  }
  return result;
}

function hasSingleRange(cluster: Cluster): boolean {
  return cluster.members.every((m) => m.span.start === cluster.start && m.span.end === cluster.end);
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const id of a) if (b.has(id)) return false;
  return true;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
