// Where each alignment item stands in a document's adjudication: joins the items of
// alignLayers with the recorded decisions and the gold layer. Pure.
//
// Gold can also hold spans no decision made (imported, seeded, or added by hand). An
// undecided item one of whose versions is exactly such a gold span (same label, range and
// attributes) counts as accepted "from gold"; its decision id is "gold:<annotationId>",
// so a reviewer can undo or replace it like a recorded one. On a document already
// adjudicated, an item with neither counts as left out of gold ("none:<itemKey>"): gold made
// before decisions were recorded (seeded, imported) is final. Offsets are code points.
import type { AlignmentItem } from "./alignment";
import { linksKey, type Span } from "../spans/spans";
import { canonicalJson } from "../text/stable-key";
import type { AnnotatorStatus } from "../projects/annotator-status";

export type DecisionKind = "accept" | "reject" | "edit" | "auto";

export interface RecordedDecision {
  id: string;
  itemKey: string;
  decision: DecisionKind;
  goldAnnotationId: string | null;
  reviewerId: string;
  createdAt: string;
}

export interface ItemDecision {
  /** The row id, or "gold:<annotationId>" for a gold span that matches a version but has no decision row. */
  id: string;
  decision: DecisionKind;
  recorded: boolean;
  reviewerId: string | null;
  createdAt: string | null;
  /** The gold span this decision put in gold (null for reject, or if it was removed since). */
  gold: Span | null;
  /** 1-based index of the version the gold span equals, or null (reject, edited, removed). */
  version: number | null;
}

export interface ItemState {
  item: AlignmentItem;
  decision: ItemDecision | null;
}

export interface AdjudicationState {
  items: ItemState[];
  /** Gold spans that belong to no item's decision: added by a reviewer, or imported. */
  added: Span[];
  /** Decisions whose item no longer exists (an annotator changed their layer since). */
  stale: (RecordedDecision & { gold: Span | null })[];
}

/** A document's adjudication as the API and the review screen see it. */
export interface AdjudicationView extends AdjudicationState {
  document: { id: string; projectId: string; title: string; status: string; length: number };
  annotators: AdjudicationAnnotator[];
  /** user id → name, for everyone who appears in a decision or a gold span. */
  people: Record<string, string>;
  /** proposition id → statement, for every link a version or gold span carries. */
  propositions: Record<string, string>;
  counts: { items: number; decided: number; undecided: number; agreed: number; disagreements: number };
}

export interface AdjudicationAnnotator {
  id: string;
  name: string;
  status: AnnotatorStatus;
  /** Only layers marked done take part; the others are listed so the reviewer knows who is missing. */
  included: boolean;
}

export const GOLD_DECISION_PREFIX = "gold:";

/** Same label, range and (deep, key-order independent) attributes; notes and text don't count. */
export function sameVersion(
  a: Pick<Span, "label" | "start" | "end" | "attributes">,
  b: Pick<Span, "label" | "start" | "end" | "attributes">,
): boolean {
  return (
    a.label === b.label && a.start === b.start && a.end === b.end && canonicalJson(a.attributes ?? {}) === canonicalJson(b.attributes ?? {})
  );
}

/**
 * 1-based index of the item version equal to `span`, or null. Versions that differ only in
 * their proposition links both equal it; then the one with the same links wins.
 */
export function versionOf(item: AlignmentItem, span: Span | null): number | null {
  if (!span) return null;
  const key = linksKey(span.links);
  const exact = item.versions.findIndex((v) => sameVersion(v.span, span) && linksKey(v.span.links) === key);
  const i = exact >= 0 ? exact : item.versions.findIndex((v) => sameVersion(v.span, span));
  return i < 0 ? null : i + 1;
}

export function adjudicationState(
  items: readonly AlignmentItem[],
  decisions: readonly RecordedDecision[],
  gold: readonly Span[],
  options: { adjudicated?: boolean } = {},
): AdjudicationState {
  const goldById = new Map(gold.map((g) => [g.id, g]));
  const byKey = new Map(decisions.map((d) => [d.itemKey, d]));
  const claimed = new Set(decisions.map((d) => d.goldAnnotationId).filter((id): id is string => id !== null));
  const states: ItemState[] = items.map((item) => {
    const d = byKey.get(item.key);
    if (!d) return { item, decision: null };
    const span = d.goldAnnotationId ? (goldById.get(d.goldAnnotationId) ?? null) : null;
    const decision: ItemDecision = {
      id: d.id,
      decision: d.decision,
      recorded: true,
      reviewerId: d.reviewerId,
      createdAt: d.createdAt,
      gold: span,
      version: versionOf(item, span),
    };
    return { item, decision };
  });
  // Second pass: unclaimed gold spans settle the undecided items they match, in reading order.
  for (const state of states) {
    if (state.decision) continue;
    const match = gold.find((g) => !claimed.has(g.id) && versionOf(state.item, g) !== null);
    if (!match) continue;
    claimed.add(match.id);
    state.decision = {
      id: GOLD_DECISION_PREFIX + match.id,
      decision: "accept",
      recorded: false,
      reviewerId: match.authorId,
      createdAt: match.createdAt ?? null,
      gold: match,
      version: versionOf(state.item, match),
    };
  }
  if (options.adjudicated) {
    for (const state of states) {
      state.decision ??= {
        id: `none:${state.item.key}`,
        decision: "reject",
        recorded: false,
        reviewerId: null,
        createdAt: null,
        gold: null,
        version: null,
      };
    }
  }
  const keys = new Set(items.map((i) => i.key));
  return {
    items: states,
    added: gold.filter((g) => !claimed.has(g.id)),
    stale: decisions
      .filter((d) => !keys.has(d.itemKey))
      .map((d) => ({ ...d, gold: d.goldAnnotationId ? (goldById.get(d.goldAnnotationId) ?? null) : null })),
  };
}

export function undecidedCount(state: AdjudicationState): number {
  return state.items.filter((s) => !s.decision).length;
}
