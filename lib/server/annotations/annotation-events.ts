import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { rawDb } from "../db/raw";
import { newId, sqliteNow } from "../db/stored-values";

type Tx = Prisma.TransactionClient;

export interface EventInput {
  documentId: string;
  annotationId?: string | null;
  actorId: string;
  action:
    | "create"
    | "update"
    | "delete"
    | "accept"
    | "reject"
    | "edit"
    | "undo"
    | "status"
    | "restore"
    | "link"
    | "unlink"
    | "relink"
    | "evidence";
  before?: unknown;
  after?: unknown;
}

/** Append to the document's history inside the caller's transaction, so history and data never disagree. */
export async function recordEvent(tx: Tx, e: EventInput): Promise<void> {
  await tx.annotationEvent.create({
    data: {
      documentId: e.documentId,
      annotationId: e.annotationId ?? null,
      actorId: e.actorId,
      action: e.action,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    },
  });
}

/** The same append for the span save path, inside the caller's raw transaction (rawDb().transaction). */
export async function insertEvent(e: EventInput): Promise<void> {
  await rawDb().run(
    `INSERT INTO "AnnotationEvent" (id, documentId, annotationId, actorId, action, "before", "after", createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    newId(),
    e.documentId,
    e.annotationId ?? null,
    e.actorId,
    e.action,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
    sqliteNow(),
  );
}
