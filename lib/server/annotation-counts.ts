import "server-only";
import { db } from "./db";
import { assertScope, type ProjectScope } from "./guards";
import { userLayer } from "@/lib/domain/layers";

export interface AnnotationCounts {
  /** The caller's own spans. */
  mine: number;
  /** Every annotator's spans: only for those who may see all layers (blind mode hides it). */
  all: number | null;
  gold: number;
}

/** Span counts per document of the project (or of `documentIds` in it), as the caller is allowed to see them. */
export async function countAnnotationsByDocument(scope: ProjectScope, documentIds?: string[]): Promise<Map<string, AnnotationCounts>> {
  assertScope(scope);
  const seeAll = scope.can("layers:read-all");
  const rows = await db.annotation.groupBy({
    by: ["documentId", "layer"],
    where: { document: { projectId: scope.projectId }, ...(documentIds ? { documentId: { in: documentIds } } : {}) },
    _count: { _all: true },
  });
  const mineLayer = userLayer(scope.actor.id);
  const counts = new Map<string, AnnotationCounts>();
  for (const r of rows) {
    const c = counts.get(r.documentId) ?? { mine: 0, all: seeAll ? 0 : null, gold: 0 };
    const n = r._count._all;
    if (r.layer === "gold") c.gold += n;
    else {
      if (r.layer === mineLayer) c.mine += n;
      if (c.all !== null) c.all += n;
    }
    counts.set(r.documentId, c);
  }
  return counts;
}
