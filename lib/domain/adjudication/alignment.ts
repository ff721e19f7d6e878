// Aligning several annotators' layers of one document into the items a reviewer
// adjudicates: each item is one cluster of spans (see alignment-clusters.ts) with the
// distinct versions the annotators proposed and a kind saying how they disagree.
// Offsets are code points, ranges half-open [start, end). Pure.
import { clusterLayers, type AnnotatedSpan } from "./alignment-clusters";
import { hashKey } from "../text/stable-key";
import { at } from "../at";
import { compareSpans, type Span } from "../spans/spans";

export type AlignmentKind = "agreed" | "label_mismatch" | "boundary_mismatch" | "attribute_mismatch" | "link_mismatch" | "partial";

export interface AlignmentVersion {
  /** The span of the first (by id) annotator proposing this version. */
  span: Span;
  annotatorIds: string[];
}

export interface AlignmentItem {
  /** Stable decision key: derived from the versions' (label, start, end, attributes) only. */
  key: string;
  kind: AlignmentKind;
  start: number;
  end: number;
  /** Most-supported version first. */
  versions: AlignmentVersion[];
  /** Annotators with no span in this item. */
  missing: string[];
}

/**
 * Items in reading order (start, then longer first, then label). Every annotator in `layers` counts,
 * even with no spans: an empty layer means they found nothing. Notes are ignored;
 * attributes are compared deep and independent of key order.
 */
export function alignLayers(layers: ReadonlyMap<string, readonly Span[]>): AlignmentItem[] {
  const annotators = [...layers.keys()].sort(compareText);
  const items = clusterLayers(layers).map((members) => buildItem(members, annotators));
  // Reading order is compareSpans (lib/domain/spans/spans), by the label of each item's first version.
  const reading = (i: AlignmentItem) => ({ start: i.start, end: i.end, label: at(i.versions, 0).span.label });
  items.sort((a, b) => compareSpans(reading(a), reading(b)) || compareText(a.key, b.key) || compareSupport(a, b));
  return disambiguateKeys(items);
}

type Draft = AlignmentItem & { signatures: string[] };

function buildItem(members: readonly AnnotatedSpan[], annotators: readonly string[]): Draft {
  const byVersion = new Map<string, AnnotatedSpan[]>();
  for (const m of members) {
    const signature = versionSignature(m);
    byVersion.set(signature, [...(byVersion.get(signature) ?? []), m]);
  }
  const versions = [...byVersion.entries()]
    .map(([signature, group]) => {
      const sorted = [...group].sort((a, b) => compareText(a.annotatorId, b.annotatorId));
      return { signature, span: at(sorted, 0).span, annotatorIds: sorted.map((m) => m.annotatorId) }; // a group is never empty
    })
    .sort(
      (a, b) =>
        b.annotatorIds.length - a.annotatorIds.length ||
        a.span.start - b.span.start ||
        b.span.end - a.span.end ||
        compareText(a.signature, b.signature),
    );
  const present = new Set(members.map((m) => m.annotatorId));
  const signatures = versions.map((v) => v.signature).sort(compareText);
  const start = Math.min(...members.map((m) => m.span.start));
  const end = Math.max(...members.map((m) => m.span.end));
  return {
    key: `${start}-${end}-${hashKey(signatures.join("\n"))}`,
    kind: classify(members, annotators.length - present.size),
    start,
    end,
    versions: versions.map(({ span, annotatorIds }) => ({ span, annotatorIds })),
    missing: annotators.filter((a) => !present.has(a)),
    signatures,
  };
}

/** Someone missing outranks every other disagreement: the reviewer first decides whether the span exists. */
function classify(members: readonly AnnotatedSpan[], missingCount: number): AlignmentKind {
  if (missingCount > 0) return "partial";
  if (countDistinct(members, (m) => m.span.label) > 1) return "label_mismatch";
  if (countDistinct(members, (m) => `${m.span.start}:${m.span.end}`) > 1) return "boundary_mismatch";
  if (countDistinct(members, (m) => m.attributesKey) > 1) return "attribute_mismatch";
  if (countDistinct(members, (m) => m.linksKey) > 1) return "link_mismatch";
  return "agreed";
}

/**
 * Proposition links are part of a version (claims linked differently are a disagreement);
 * a span without links keeps the signature it had before links counted, so item keys, and
 * the decisions recorded under them, stay put.
 */
function versionSignature(m: AnnotatedSpan): string {
  const base = [m.span.label, m.span.start, m.span.end, m.attributesKey];
  return JSON.stringify(m.linksKey ? [...base, m.linksKey] : base);
}

/**
 * Two items can propose the very same versions (an annotator's duplicate span, or every
 * annotator's): the later one in reading order gets "~2", "~3"… so keys stay unique.
 */
function disambiguateKeys(items: readonly Draft[]): AlignmentItem[] {
  const seen = new Map<string, number>();
  return items.map(({ signatures: _signatures, ...item }) => {
    const count = (seen.get(item.key) ?? 0) + 1;
    seen.set(item.key, count);
    return count === 1 ? item : { ...item, key: `${item.key}~${count}` };
  });
}

/** Tie-break for items with the same key: more annotators first, then by who they are. */
function compareSupport(a: AlignmentItem, b: AlignmentItem): number {
  return a.missing.length - b.missing.length || compareText(a.missing.join("\n"), b.missing.join("\n"));
}

function countDistinct<T>(items: readonly T[], keyOf: (item: T) => string): number {
  return new Set(items.map(keyOf)).size;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
