import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden } from "../http/errors";
import { documentContext } from "../access/span-access";
import { newId, sql, sqlColumn, sqliteNow } from "../db/sqlite";
import type { AnnotatorStatus, SettableAnnotatorStatus } from "@/lib/domain/projects/annotator-status";

/**
 * First span on a document moves the annotator's status from to-do to in progress (and adds
 * an unassigned annotator who picked the document up). On the save path, inside the caller's
 * writeTransaction (sqlite.ts): usually one indexed read.
 */
export function markInProgress(documentId: string, userId: string): void {
  const status = sqlColumn(`SELECT status FROM "Assignment" WHERE documentId = ? AND userId = ?`).get(documentId, userId) as
    string | undefined;
  if (status === undefined) {
    sql(`INSERT INTO "Assignment" (id, documentId, userId, status, assignedAt) VALUES (?, ?, ?, 'in_progress', ?)`).run(
      newId(),
      documentId,
      userId,
      sqliteNow(),
    );
  } else if (status === "todo") {
    sql(`UPDATE "Assignment" SET status = 'in_progress' WHERE documentId = ? AND userId = ?`).run(documentId, userId);
  }
}

/** The annotator marks their layer of a document done, or reopens it. */
export async function setMyDocumentStatus(scope: ProjectScope, documentId: string, status: SettableAnnotatorStatus) {
  assertScope(scope);
  if (!scope.can("annotate")) throw forbidden("Only annotators of this project can mark documents done.");
  await documentContext(scope, documentId);
  const doneAt = status === "done" ? new Date() : null;
  await db.assignment.upsert({
    where: { documentId_userId: { documentId, userId: scope.actor.id } },
    create: { documentId, userId: scope.actor.id, status, doneAt },
    update: { status, doneAt },
  });
}

export async function myDocumentStatus(scope: ProjectScope, documentId: string): Promise<AnnotatorStatus> {
  const status = sqlColumn(`SELECT status FROM "Assignment" WHERE documentId = ? AND userId = ?`).get(documentId, scope.actor.id) as
    AnnotatorStatus | undefined;
  return status ?? "todo";
}

/** Per document (all, or `documentIds`), each annotator's status (names visible to everyone: blind mode hides spans, not people). */
export async function annotatorStatuses(
  scope: ProjectScope,
  documentIds?: string[],
): Promise<Map<string, { userId: string; name: string; status: AnnotatorStatus }[]>> {
  assertScope(scope);
  // A prepared statement: Prisma's include and relation filter took 50–80 ms for one 50-row page here.
  const rows = sql(
    `SELECT a.documentId, a.userId, a.status, u.name FROM "Assignment" a JOIN "User" u ON u.id = a.userId JOIN "Document" d ON d.id = a.documentId
     WHERE d.projectId = ? ${documentIds ? "AND a.documentId IN (SELECT value FROM json_each(?))" : ""} ORDER BY a.assignedAt, a.id`,
  ).all(...(documentIds ? [scope.projectId, JSON.stringify(documentIds)] : [scope.projectId])) as {
    documentId: string;
    userId: string;
    status: string;
    name: string;
  }[];
  const byDoc = new Map<string, { userId: string; name: string; status: AnnotatorStatus }[]>();
  for (const r of rows) {
    const list = byDoc.get(r.documentId) ?? [];
    list.push({ userId: r.userId, name: r.name, status: r.status as AnnotatorStatus });
    byDoc.set(r.documentId, list);
  }
  return byDoc;
}
