import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { conflict, forbidden } from "../http/errors";
import { propositionInScope, requireLinkClaim, visibleClaim, type PropositionRow } from "../access/proposition-access";
import { recordLinkEvent } from "./link-events";
import { loadMentions, toDomainMention } from "./proposition-mentions";
import { getReconciliation } from "./reconciliations";
import {
  detectConflicts,
  summarizePerspectives,
  type PerspectiveSummary,
  type PropositionConflict,
} from "@/lib/domain/propositions/conflicts";
import {
  compareByDivergence,
  matchesFilter,
  summarizeProposition,
  type PropositionFilter,
} from "@/lib/domain/propositions/proposition-overview";
import { isReconciliationStatus, statusWhenWithheld, transition } from "@/lib/domain/propositions/proposition-status";
import { hiddenMentionCounts } from "../access/blind-withhold";
import type { PropositionCreate, PropositionPatch } from "@/lib/schemas/proposition";
import type { MentionView, PropositionListItem } from "@/lib/views/propositions";
import type { ReconciliationView, RevisionView } from "@/lib/views/reconciliation";

/** The project's propositions with visible-mention counts and conflict flags, most divergent first. */
export async function listPropositions(scope: ProjectScope, filter: PropositionFilter = "all"): Promise<PropositionListItem[]> {
  assertScope(scope);
  const rows = await db.proposition.findMany({
    where: { projectId: scope.projectId },
    include: { reconciliation: { select: { status: true, verdict: true, version: true } } },
  });
  const [mentions, hidden] = await Promise.all([
    loadMentions(
      scope,
      rows.map((r) => r.id),
    ),
    hiddenMentionCounts(
      scope,
      rows.map((r) => r.id),
    ),
  ]);
  const creators = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(creators.map((u) => [u.id, u.name]));
  return rows
    .map((r) => {
      const withheld = hidden.get(r.id) ?? 0;
      const shown = withheld > 0 ? { ...r, status: statusWhenWithheld(r.status) } : r;
      return {
        ...summarizeProposition(shown, mentions.get(r.id)!.map(toDomainMention)),
        mergedIntoId: r.mergedIntoId,
        createdBy: nameOf.get(r.createdById) ?? "unknown",
        createdAt: r.createdAt.toISOString(),
        reconciliation: withheld > 0 ? null : r.reconciliation,
        withheld,
      };
    })
    .filter((row) => matchesFilter(row, filter))
    .sort(compareByDivergence);
}

/** Active propositions (not merged or retired) by statement: what another can be merged into. Names only, no mentions. */
export async function listMergeTargets(scope: ProjectScope): Promise<{ id: string; statement: string }[]> {
  assertScope(scope);
  return db.proposition.findMany({
    where: { projectId: scope.projectId, status: { notIn: ["merged", "retired"] } },
    select: { id: true, statement: true },
    orderBy: [{ statement: "asc" }, { id: "asc" }],
  });
}

export interface PropositionDetail {
  id: string;
  projectId: string;
  statement: string;
  status: string;
  mergedInto: { id: string; statement: string } | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  mentions: MentionView[];
  conflicts: PropositionConflict[];
  perspectives: PerspectiveSummary[];
  reconciliation: ReconciliationView;
  history: RevisionView[];
  /** Linked claims blind mode hides from the caller; when > 0 the reconciliation is withheld. */
  withheld: number;
}

/** Everything the reconciliation board shows, restricted to what the caller may see. */
export async function getPropositionDetail(
  scope: ProjectScope,
  propositionId: string,
  options: { context?: boolean } = {},
): Promise<PropositionDetail> {
  const p = await propositionInScope(scope, propositionId);
  const mentions = (await loadMentions(scope, [p.id], options)).get(p.id)!;
  const domain = mentions.map(toDomainMention);
  const withheld = (await hiddenMentionCounts(scope, [p.id])).get(p.id) ?? 0;
  const loaded = await getReconciliation(scope, p.id, new Set(mentions.map((m) => m.annotationId)));
  const { reconciliation, history } = withheld > 0 ? { reconciliation: WITHHELD, history: [] } : loaded;
  const [creator, mergedInto] = await Promise.all([
    db.user.findUnique({ where: { id: p.createdById }, select: { name: true } }),
    p.mergedIntoId ? db.proposition.findUnique({ where: { id: p.mergedIntoId }, select: { id: true, statement: true } }) : null,
  ]);
  return {
    id: p.id,
    projectId: p.projectId,
    statement: p.statement,
    status: withheld > 0 ? statusWhenWithheld(p.status) : p.status,
    mergedInto,
    createdBy: creator?.name ?? "unknown",
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    mentions,
    conflicts: detectConflicts(domain),
    perspectives: summarizePerspectives(domain),
    reconciliation,
    history,
    withheld,
  };
}

const WITHHELD: ReconciliationView = {
  status: "open",
  verdict: "",
  summary: "",
  rationale: "",
  evidence: [],
  version: 0,
  updatedBy: null,
  updatedAt: null,
};

function sameStatement(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  return norm(a) === norm(b);
}

export async function rejectDuplicateStatement(scope: ProjectScope, statement: string, exceptId?: string): Promise<void> {
  const rows = await db.proposition.findMany({
    where: { projectId: scope.projectId, status: { not: "merged" } },
    select: { id: true, statement: true },
  });
  const same = rows.find((r) => r.id !== exceptId && sameStatement(r.statement, statement));
  if (same)
    throw conflict("A proposition with this statement already exists in the project; link to it instead.", { propositionId: same.id });
}

/**
 * Reviewers and managers create open propositions; annotators propose them (status
 * "proposed" until a reviewer accepts). With `annotationId`, the claim is linked in the same
 * transaction, under the usual rule for who may link it.
 */
export async function createProposition(scope: ProjectScope, input: PropositionCreate): Promise<PropositionRow> {
  assertScope(scope);
  if (!scope.can("propositions:propose"))
    throw forbidden("Only annotators, reviewers and managers of this project can propose propositions.");
  const claim = input.annotationId ? await visibleClaim(scope, input.annotationId) : null;
  if (claim) requireLinkClaim(scope, claim);
  await rejectDuplicateStatement(scope, input.statement);
  const status = scope.can("propositions:manage") ? "open" : "proposed";
  const stance = input.stance;
  return db.$transaction(async (tx) => {
    const created = await tx.proposition.create({
      data: {
        projectId: scope.projectId,
        statement: input.statement,
        status,
        createdById: scope.actor.id,
        ...(claim && stance ? { links: { create: { annotationId: claim.id, stance, createdById: scope.actor.id } } } : {}),
      },
    });
    if (claim && stance) await recordLinkEvent(tx, { claim, actorId: scope.actor.id, action: "link", proposition: created, stance });
    return created;
  });
}

/** Edit the statement; accept a proposed one or restore a retired one ("open"); retire. */
export async function updateProposition(scope: ProjectScope, propositionId: string, patch: PropositionPatch): Promise<PropositionRow> {
  if (!scope.can("propositions:manage")) throw forbidden("Only reviewers and managers can edit, accept or retire propositions.");
  const p = await propositionInScope(scope, propositionId);
  if (p.status === "merged") throw conflict("A merged proposition cannot change; edit the one it was merged into.");
  let status = p.status;
  if (patch.status) {
    const rec = await db.reconciliation.findUnique({ where: { propositionId }, select: { status: true } });
    const next = transition(p.status, patch.status, rec && isReconciliationStatus(rec.status) ? rec.status : null);
    if (!next.ok) throw conflict(next.message);
    status = next.status;
  }
  if (patch.statement !== undefined) await rejectDuplicateStatement(scope, patch.statement, p.id);
  // The status it was read with must still hold: a concurrent merge or retire wins, this one reports it.
  const { count } = await db.proposition.updateMany({
    where: { id: p.id, status: p.status },
    data: { status, ...(patch.statement !== undefined ? { statement: patch.statement } : {}) },
  });
  if (count === 0) throw conflict("This proposition changed meanwhile; reload it and try again.");
  return db.proposition.findUniqueOrThrow({ where: { id: p.id } });
}
