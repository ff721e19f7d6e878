import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden, notFound } from "../http/errors";
import { layerOwnersIn } from "@/lib/domain/spans/layers";
import type { HistoryPage } from "@/lib/views/history";

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/**
 * A document's history, newest first: every span create/update/delete in any layer and every
 * adjudication decision and status change. Reviewers and managers only: it shows every layer.
 */
export async function documentHistory(
  scope: ProjectScope,
  documentId: string,
  options: { limit?: number; before?: string } = {},
): Promise<HistoryPage> {
  assertScope(scope);
  if (!scope.can("layers:read-all")) throw forbidden("Only reviewers and managers can see a document's history.");
  const doc = await db.document.findFirst({ where: { id: documentId, projectId: scope.projectId }, select: { id: true } });
  if (!doc) throw notFound("Document");
  const limit = Math.min(Math.max(options.limit ?? 200, 1), 1000);
  const cursor = options.before ? await db.annotationEvent.findFirst({ where: { id: options.before, documentId } }) : null;
  const rows = await db.annotationEvent.findMany({
    where: {
      documentId,
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const snapshots = page.map((r) => ({ before: parse(r.before), after: parse(r.after) }));
  // Actors, and the annotators whose layers the snapshots name, get their names shown.
  const ids = new Set(page.map((r) => r.actorId));
  for (const s of snapshots) layerOwnersIn([s.before, s.after], ids);
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return {
    events: page.map((r, i) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      actorId: r.actorId,
      actorName: names.get(r.actorId) ?? "(deleted user)",
      action: r.action,
      annotationId: r.annotationId,
      before: snapshots[i].before,
      after: snapshots[i].after,
    })),
    people: Object.fromEntries(names),
    nextBefore: rows.length > limit ? page[page.length - 1].id : null,
  };
}
