import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden, notFound } from "../http/errors";
import { toSpan } from "../annotations/span-rows";
import { GOLD_LAYER, userLayer, layerUserId } from "@/lib/domain/spans/layers";
import type { AnnotatorStatus } from "@/lib/domain/projects/annotator-status";
import { alignLayers } from "@/lib/domain/adjudication/alignment";
import {
  adjudicationState,
  type AdjudicationAnnotator,
  type AdjudicationView,
  type DecisionKind,
} from "@/lib/domain/adjudication/adjudication-state";
import type { Span } from "@/lib/domain/spans/spans";

export type { AdjudicationView };

export function requireReview(scope: ProjectScope): void {
  assertScope(scope);
  if (!scope.can("review")) throw forbidden("Only reviewers and managers can adjudicate.");
}

/** Everything adjudication needs about one document, read in one go (no transaction: a consistent-enough snapshot for display). */
export async function loadAdjudicationState(scope: ProjectScope, documentId: string) {
  requireReview(scope);
  const document = await db.document.findFirst({
    where: { id: documentId, projectId: scope.projectId },
    select: { id: true, projectId: true, title: true, status: true, length: true },
  });
  if (!document) throw notFound("Document");
  const assignments = await db.assignment.findMany({
    where: { documentId },
    include: { user: { select: { name: true } } },
    orderBy: { assignedAt: "asc" },
  });
  const annotators: AdjudicationAnnotator[] = assignments.map((a) => ({
    id: a.userId,
    name: a.user.name,
    status: a.status as AnnotatorStatus,
    included: a.status === "done",
  }));
  const included = annotators.filter((a) => a.included);
  const [rows, decisionRows] = await Promise.all([
    db.annotation.findMany({
      where: { documentId, layer: { in: [GOLD_LAYER, ...included.map((a) => userLayer(a.id))] } },
      orderBy: [{ start: "asc" }, { end: "desc" }],
      // Links are part of what annotators said about a claim: they align, and gold inherits them.
      include: { links: { select: { propositionId: true, stance: true }, orderBy: { propositionId: "asc" } } },
    }),
    db.adjudicationDecision.findMany({ where: { documentId }, orderBy: { createdAt: "asc" } }),
  ]);
  const spans: Span[] = rows.map((r) => (r.links.length > 0 ? { ...toSpan(r), links: r.links } : toSpan(r)));
  const layers = new Map<string, Span[]>(included.map((a) => [a.id, []]));
  for (const s of spans) {
    const owner = layerUserId(s.layer); // null for gold
    if (owner !== null) layers.get(owner)?.push(s);
  }
  const gold = spans.filter((s) => s.layer === GOLD_LAYER);
  const decisions = decisionRows.map((d) => ({
    id: d.id,
    itemKey: d.itemKey,
    decision: d.decision as DecisionKind,
    goldAnnotationId: d.goldAnnotationId,
    reviewerId: d.reviewerId,
    createdAt: d.createdAt.toISOString(),
  }));
  const state = adjudicationState(alignLayers(layers), decisions, gold, { adjudicated: document.status === "adjudicated" });
  return { document, annotators, state };
}

export async function getAdjudication(scope: ProjectScope, documentId: string): Promise<AdjudicationView> {
  const { document, annotators, state } = await loadAdjudicationState(scope, documentId);
  const ids = new Set<string>(annotators.map((a) => a.id));
  for (const s of state.items) if (s.decision?.reviewerId) ids.add(s.decision.reviewerId);
  for (const g of state.added) ids.add(g.authorId);
  for (const d of state.stale) ids.add(d.reviewerId);
  const propositionIds = new Set<string>();
  for (const s of state.items) for (const v of s.item.versions) for (const l of v.span.links ?? []) propositionIds.add(l.propositionId);
  for (const g of state.added) for (const l of g.links ?? []) propositionIds.add(l.propositionId);
  const [users, propositions] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } }),
    db.proposition.findMany({ where: { id: { in: [...propositionIds] } }, select: { id: true, statement: true } }),
  ]);
  const decided = state.items.filter((s) => s.decision).length;
  const agreed = state.items.filter((s) => s.item.kind === "agreed").length;
  return {
    ...state,
    document,
    annotators,
    people: Object.fromEntries(users.map((u) => [u.id, u.name])),
    propositions: Object.fromEntries(propositions.map((p) => [p.id, p.statement])),
    counts: {
      items: state.items.length,
      decided,
      undecided: state.items.length - decided,
      agreed,
      disagreements: state.items.length - agreed,
    },
  };
}
