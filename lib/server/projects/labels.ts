import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden, invalid } from "../http/errors";

export interface LabelDef {
  key: string;
  name: string;
  color: string;
  hotkey: string;
}

/** hotkey "" stands for none (NULL in the table: labels beyond the ninth). */
export async function listLabels(projectId: string): Promise<LabelDef[]> {
  const rows = await db.label.findMany({
    where: { projectId },
    orderBy: { sortOrder: "asc" },
    select: { key: true, name: true, color: true, hotkey: true },
  });
  return rows.map((r) => ({ ...r, hotkey: r.hotkey ?? "" }));
}

/**
 * Replace the label set. A label still used by spans cannot be removed (its spans would lose
 * their meaning); rename it instead. Runs in one transaction so hotkey swaps never collide.
 */
export async function replaceLabels(scope: ProjectScope, labels: LabelDef[]): Promise<void> {
  assertScope(scope);
  if (!scope.can("project:edit")) throw forbidden("Only a project manager can edit the label set.");
  const keep = new Set(labels.map((l) => l.key));
  const current = await listLabels(scope.projectId);
  for (const removed of current.filter((l) => !keep.has(l.key))) {
    const used = await db.annotation.count({ where: { label: removed.key, document: { projectId: scope.projectId } } });
    if (used > 0) {
      throw invalid(`Label "${removed.name}" is used by ${used} span(s) and cannot be removed; rename it instead.`, "labels");
    }
  }
  await db.$transaction(async (tx) => {
    await tx.label.deleteMany({ where: { projectId: scope.projectId } });
    await tx.label.createMany({
      data: labels.map((l, i) => ({ ...l, hotkey: l.hotkey || null, projectId: scope.projectId, sortOrder: i })),
    });
  });
}
