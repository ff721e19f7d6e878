import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden } from "../http/errors";
import { documentContext } from "../access/span-access";
import { rawDb } from "../db/raw";
import { sqlList } from "../db/sql-list";
import { newId, sqliteNow } from "../db/stored-values";
import type { AnnotatorStatus, SettableAnnotatorStatus } from "@/lib/domain/projects/annotator-status";

/**
 * First span on a document moves the annotator's status from to-do to in progress (and adds
 * an unassigned annotator who picked the document up). On the save path, inside the caller's
 * raw transaction (rawDb().transaction): usually one indexed read.
 */
export async function markInProgress(documentId: string, userId: string): Promise<void> {
  const raw = rawDb();
  const status = await raw.value<string>(`SELECT status FROM "Assignment" WHERE documentId = ? AND userId = ?`, documentId, userId);
  if (status === undefined) {
    await raw.run(
      `INSERT INTO "Assignment" (id, documentId, userId, status, assignedAt) VALUES (?, ?, ?, 'in_progress', ?)`,
      newId(),
      documentId,
      userId,
      sqliteNow(),
    );
  } else if (status === "todo") {
    await raw.run(`UPDATE "Assignment" SET status = 'in_progress' WHERE documentId = ? AND userId = ?`, documentId, userId);
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
  const status = await rawDb().value<AnnotatorStatus>(
    `SELECT status FROM "Assignment" WHERE documentId = ? AND userId = ?`,
    documentId,
    scope.actor.id,
  );
  return status ?? "todo";
}

/** Per document (all, or `documentIds`), each annotator's status (names visible to everyone: blind mode hides spans, not people). */
export async function annotatorStatuses(
  scope: ProjectScope,
  documentIds?: string[],
): Promise<Map<string, { userId: string; name: string; status: AnnotatorStatus }[]>> {
  assertScope(scope);
  if (documentIds?.length === 0) return new Map();
  // A prepared statement (one per padded list size, sql-list.ts): Prisma's include and
  // relation filter took 50–80 ms for one 50-row page here.
  const ids = documentIds && sqlList(documentIds);
  const rows = await rawDb().all<{ documentId: string; userId: string; status: string; name: string }>(
    `SELECT a.documentId, a.userId, a.status, u.name FROM "Assignment" a JOIN "User" u ON u.id = a.userId JOIN "Document" d ON d.id = a.documentId
     WHERE d.projectId = ? ${ids ? `AND a.documentId IN (${ids.sql})` : ""} ORDER BY a.assignedAt, a.id`,
    scope.projectId,
    ...(ids?.params ?? []),
  );
  const byDoc = new Map<string, { userId: string; name: string; status: AnnotatorStatus }[]>();
  for (const r of rows) {
    const list = byDoc.get(r.documentId) ?? [];
    list.push({ userId: r.userId, name: r.name, status: r.status as AnnotatorStatus });
    byDoc.set(r.documentId, list);
  }
  return byDoc;
}

/** `?, ?, …`: one placeholder per value of an IN list. */
