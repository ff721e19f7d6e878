import "server-only";
import { db } from "../db/db";
import type { Actor } from "./actor";
import { assertScope, requireId, requireProject, type ProjectScope } from "./guards";
import { forbidden, invalid, notFound } from "../http/errors";
import { userLayer } from "@/lib/domain/spans/layers";
import type { Prisma } from "@/generated/prisma/client";
import type { Capability } from "@/lib/domain/access/roles";

/**
 * Blind mode on proposition pages and the proposition API (the same rule as the workspace,
 * lib/server/access/span-access.ts canSeeOtherLayers, applied to every mention at once):
 * - reviewers and managers see every linked claim, in every layer;
 * - an annotator sees claims of their own layer, and other layers (gold and other
 *   annotators) only of documents that are adjudicated, or when the project's blind mode
 *   is off.
 * Everything derived from mentions (counts, conflicts, matrix, timeline, evidence,
 * suggestions) is computed from the visible mentions only, so a count cannot give a hidden
 * span away. Statements, statuses and the reviewer's written reconciliation are visible to
 * every member.
 */
export async function visibleAnnotationWhere(scope: ProjectScope): Promise<Prisma.AnnotationWhereInput> {
  const base: Prisma.AnnotationWhereInput = { document: { projectId: scope.projectId } };
  if (await seesEveryLayer(scope)) return base;
  return { ...base, OR: [{ layer: userLayer(scope.actor.id) }, { document: { status: "adjudicated" } }] };
}

/**
 * visibleAnnotationWhere as SQL over an Annotation alias `a` joined to its Document `d`, for
 * prepared statements: the same rule, kept next to it so that the two cannot drift apart
 * (tests/integration/blind-mode.test.ts reads boards through both).
 */
export async function visibleAnnotationSql(
  scope: ProjectScope,
  a: string,
  d: string,
): Promise<{ sql: string; params: string[]; everyLayer: boolean }> {
  if (await seesEveryLayer(scope)) return { sql: `${d}.projectId = ?`, params: [scope.projectId], everyLayer: true };
  return {
    sql: `${d}.projectId = ? AND (${a}.layer = ? OR ${d}.status = 'adjudicated')`,
    params: [scope.projectId, userLayer(scope.actor.id)],
    everyLayer: false,
  };
}

/** Whether the caller sees every layer of every document (else: their own, and adjudicated documents). */
export async function seesEveryLayer(scope: ProjectScope): Promise<boolean> {
  assertScope(scope);
  if (scope.can("layers:read-all")) return true;
  const project = await db.project.findUniqueOrThrow({ where: { id: scope.projectId }, select: { blindMode: true } });
  return !project.blindMode;
}

export interface PropositionRow {
  id: string;
  projectId: string;
  statement: string;
  status: string;
  mergedIntoId: string | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Authorize through a proposition's project; 404 if it does not exist. */
export async function requireProposition(
  actor: Actor,
  propositionId: string,
  capability: Capability = "project:read",
): Promise<{ scope: ProjectScope; proposition: PropositionRow }> {
  requireId(propositionId, "propositionId");
  const proposition = await db.proposition.findUnique({ where: { id: propositionId } });
  if (!proposition) throw notFound("Proposition");
  const scope = await requireProject(actor, proposition.projectId, capability);
  return { scope, proposition };
}

/** A proposition of the scope's project (for callers that already hold a scope). */
export async function propositionInScope(scope: ProjectScope, propositionId: string): Promise<PropositionRow> {
  assertScope(scope);
  const row = await db.proposition.findFirst({ where: { id: propositionId, projectId: scope.projectId } });
  if (!row) throw notFound("Proposition");
  return row;
}

export interface ClaimRow {
  id: string;
  documentId: string;
  layer: string;
  authorId: string;
  label: string;
  text: string;
}

/**
 * A claim span the caller may see, in the scope's project. A span of another project, or
 * one blind mode hides, is "not found" (its existence is not confirmed); a visible span
 * that is not a claim is invalid input.
 */
export async function visibleClaim(scope: ProjectScope, annotationId: string): Promise<ClaimRow> {
  const row = await visibleSpan(scope, annotationId);
  if (row.label !== "claim") {
    throw invalid(`Only claim spans can be linked to a proposition; this span is a "${row.label}".`, "annotationId");
  }
  return row;
}

/** Any span the caller may see in the scope's project (404 otherwise), whatever its label. */
export async function visibleSpan(scope: ProjectScope, annotationId: string): Promise<ClaimRow> {
  const where = await visibleAnnotationWhere(scope);
  const row = await db.annotation.findFirst({
    where: { AND: [{ id: annotationId }, where] },
    select: { id: true, documentId: true, layer: true, authorId: true, label: true, text: true },
  });
  if (!row) throw notFound("Span in this project");
  return row;
}

/** Reviewers and managers link any claim they see; an annotator links claims of their own layer. */
export function canLinkClaim(scope: ProjectScope, claim: Pick<ClaimRow, "layer">): boolean {
  if (scope.can("propositions:manage")) return true;
  return scope.can("propositions:propose") && claim.layer === userLayer(scope.actor.id);
}

export function requireLinkClaim(scope: ProjectScope, claim: Pick<ClaimRow, "layer">): void {
  if (!canLinkClaim(scope, claim)) {
    throw forbidden("Annotators can link only claims of their own layer; reviewers and managers can link any claim.");
  }
}

/** Annotators may remove only links they made on their own claims; reviewers and managers any link. */
export function requireUnlink(scope: ProjectScope, claim: Pick<ClaimRow, "layer">, linkCreatedById: string): void {
  if (scope.can("propositions:manage")) return;
  if (claim.layer === userLayer(scope.actor.id) && linkCreatedById === scope.actor.id) return;
  throw forbidden("Annotators can remove only links they made on claims of their own layer.");
}
