import "server-only";
import { db } from "../db/db";
import type { Prisma } from "@/generated/prisma/client";
import type { ProjectScope } from "../access/guards";
import { conflict, invalid } from "../http/errors";
import { documentIndex } from "../documents/document-text";
import { toSpan, type StoredSpan } from "../annotations/span-rows";
import { GOLD_LAYER } from "@/lib/domain/spans/layers";
import { checkSpanRange } from "@/lib/domain/spans/spans";
import { validateAttributes } from "@/lib/domain/spans/attributes";

import type { SpanFields } from "@/lib/domain/spans/spans";

type Tx = Prisma.TransactionClient;

export type GoldFields = SpanFields;

/**
 * Check a span the reviewer wants in gold against the project's labels and the document:
 * the text is read from the document (code points [start, end)); a text sent along must match it.
 */
export async function checkGoldFields(
  scope: ProjectScope,
  documentId: string,
  f: { label: string; start: number; end: number; text?: string; attributes?: unknown; note?: string },
): Promise<GoldFields> {
  const label = await db.label.findUnique({ where: { projectId_key: { projectId: scope.projectId, key: f.label } } });
  if (!label) throw invalid(`Unknown label "${f.label}" in this project.`, "span.label");
  const index = await documentIndex(documentId);
  const inRange = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= index.length && f.start < f.end;
  const text = f.text ?? (inRange ? index.slice(f.start, f.end) : "");
  const problem = checkSpanRange(index, f.start, f.end, text);
  if (problem) throw invalid(problem.message, problem.code === "text_mismatch" ? "span.text" : "span.start");
  const attrs = validateAttributes(f.label, f.attributes ?? {});
  if (!attrs.ok) throw invalid(attrs.message, "span.attributes");
  return { label: f.label, start: f.start, end: f.end, text, attributes: attrs.value, note: f.note ?? "" };
}

/** Insert a gold span inside the caller's transaction; an identical (label, range) gold span is a 409. */
export async function insertGold(tx: Tx, documentId: string, authorId: string, f: GoldFields): Promise<StoredSpan> {
  const clash = await tx.annotation.findFirst({
    where: { documentId, layer: GOLD_LAYER, label: f.label, start: f.start, end: f.end },
    select: { id: true },
  });
  if (clash) throw conflict(`Gold already has a "${f.label}" span over [${f.start}, ${f.end}); undo or remove that one first.`);
  const row = await tx.annotation.create({
    data: { documentId, layer: GOLD_LAYER, authorId, ...f, attributes: JSON.stringify(f.attributes) },
  });
  return toSpan(row);
}
