import "server-only";
import { db } from "../db/db";
import type { ProjectScope } from "./guards";
import { visibleAnnotationWhere } from "./proposition-access";

/**
 * Per proposition, how many linked claims blind mode hides from the caller (none for
 * reviewers, managers, or when blind mode is off). Where any are hidden, everything a
 * reviewer concluded from them (status contested/reconciled, verdict, summary, evidence,
 * history) is withheld too, so an annotator never reads a verdict beside "no conflict".
 */
export async function hiddenMentionCounts(scope: ProjectScope, propositionIds: readonly string[]): Promise<Map<string, number>> {
  if (scope.can("layers:read-all") || propositionIds.length === 0) return new Map();
  const visible = await visibleAnnotationWhere(scope);
  if (!visible.OR) return new Map(); // blind mode off: nothing is hidden
  const rows = await db.propositionLink.groupBy({
    by: ["propositionId"],
    where: { propositionId: { in: [...propositionIds] }, NOT: { annotation: visible } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.propositionId, r._count._all]));
}
