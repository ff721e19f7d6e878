import "server-only";
import { db } from "../db/db";
import { rawDb } from "../db/raw";
import { sqlList } from "../db/sql-list";
import { assertScope, type ProjectScope } from "../access/guards";
import { userLayer, GOLD_LAYER } from "@/lib/domain/spans/layers";

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
  const rows = documentIds
    ? await pageCounts(scope.projectId, documentIds)
    : (
        await db.annotation.groupBy({
          by: ["documentId", "layer"],
          where: { document: { projectId: scope.projectId } },
          _count: { _all: true },
        })
      ).map((r) => ({ documentId: r.documentId, layer: r.layer, n: r._count._all }));
  const mineLayer = userLayer(scope.actor.id);
  const counts = new Map<string, AnnotationCounts>();
  for (const r of rows) {
    const c = counts.get(r.documentId) ?? { mine: 0, all: seeAll ? 0 : null, gold: 0 };
    const n = r.n;
    if (r.layer === GOLD_LAYER) c.gold += n;
    else {
      if (r.layer === mineLayer) c.mine += n;
      if (c.all !== null) c.all += n;
    }
    counts.set(r.documentId, c);
  }
  return counts;
}

/**
 * One list page's counts: a prepared statement over the (documentId, layer) index (Prisma's
 * groupBy took 20–80 ms here), one per padded list size (sql-list.ts).
 */
async function pageCounts(projectId: string, documentIds: string[]): Promise<{ documentId: string; layer: string; n: number }[]> {
  if (documentIds.length === 0) return [];
  const ids = sqlList(documentIds);
  return rawDb().all<{ documentId: string; layer: string; n: number }>(
    `SELECT a.documentId, a.layer, count(*) AS n FROM "Annotation" a JOIN "Document" d ON d.id = a.documentId
     WHERE a.documentId IN (${ids.sql}) AND d.projectId = ? GROUP BY a.documentId, a.layer`,
    ...ids.params,
    projectId,
  );
}

/** `?, ?, …`: one placeholder per value of an IN list. */
