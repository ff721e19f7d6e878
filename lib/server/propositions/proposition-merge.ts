import "server-only";
import { db } from "../db/db";
import type { ProjectScope } from "../access/guards";
import { conflict, forbidden, invalid, notFound } from "../http/errors";
import { propositionInScope } from "../access/proposition-access";

export interface MergeResult {
  into: string;
  /** Links moved onto the surviving proposition. */
  moved: number;
  /** Claims already linked to the survivor: their link stays on the merged one, as a record. */
  skipped: number;
}

/**
 * Merge `sourceId` into `intoId` in one transaction: links move unless the survivor already
 * links that claim (its stance wins); the source becomes "merged" with mergedIntoId, and
 * anything merged into the source now points at the survivor, so chains stay one hop long.
 * Refused with nothing changed: merging into itself (400), across projects (400), into a
 * retired or merged proposition (409), a source already merged (409).
 */
export async function mergeProposition(scope: ProjectScope, sourceId: string, intoId: string): Promise<MergeResult> {
  if (!scope.can("propositions:manage")) throw forbidden("Only reviewers and managers can merge propositions.");
  if (sourceId === intoId) throw invalid("A proposition cannot be merged into itself; choose another one.", "into");
  const source = await propositionInScope(scope, sourceId);
  const target = await db.proposition.findUnique({ where: { id: intoId }, select: { id: true, projectId: true, status: true } });
  if (!target) throw notFound("The proposition to merge into");
  if (target.projectId !== source.projectId) throw invalid("Propositions can only be merged within one project.", "into");
  if (source.status === "merged") throw conflict("This proposition was already merged.");
  if (target.status === "merged" || target.status === "retired") {
    throw conflict(`The proposition to merge into is ${target.status}; merge into an active one.`);
  }

  return db.$transaction(async (tx) => {
    // Claim the source first (a write, so concurrent merges serialize on it): only one wins.
    const claimed = await tx.proposition.updateMany({
      where: { id: sourceId, status: { not: "merged" } },
      data: { status: "merged", mergedIntoId: intoId },
    });
    if (claimed.count === 0) throw conflict("This proposition was merged meanwhile.");
    const stillActive = await tx.proposition.count({ where: { id: intoId, status: { notIn: ["merged", "retired"] } } });
    if (stillActive === 0) throw conflict("The proposition to merge into was retired or merged meanwhile.");
    const already = await tx.propositionLink.findMany({ where: { propositionId: intoId }, select: { annotationId: true } });
    const total = await tx.propositionLink.count({ where: { propositionId: sourceId } });
    const { count: moved } = await tx.propositionLink.updateMany({
      where: { propositionId: sourceId, annotationId: { notIn: already.map((l) => l.annotationId) } },
      data: { propositionId: intoId },
    });
    await tx.proposition.updateMany({ where: { mergedIntoId: sourceId }, data: { mergedIntoId: intoId } });
    return { into: intoId, moved, skipped: total - moved };
  });
}
