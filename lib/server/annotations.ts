import "server-only";
import { db } from "./db";
import type { ProjectScope } from "./guards";
import { conflict, invalid, isUniqueViolation, notFound } from "./errors";
import { documentIndex } from "./document-text";
import { toSpan, type StoredSpan } from "./span-rows";
import { GOLD_LAYER, userLayer } from "@/lib/domain/layers";
import { documentContext, requireOtherLayers, requireWriteLayer } from "./span-access";
import { recordEvent } from "./annotation-events";
import { markInProgress } from "./document-status";
import { checkSpanRange } from "@/lib/domain/spans";
import { validateAttributes } from "@/lib/domain/attributes";
import type { AnnotationCreate, AnnotationPatch } from "@/lib/schemas/annotation";

export type LayerRequest = "mine" | "gold" | "all" | { userId: string };

/** Spans of one document in the requested layer, as the caller may see them. */
export async function listSpans(scope: ProjectScope, documentId: string, layer: LayerRequest = "mine"): Promise<StoredSpan[]> {
  const doc = await documentContext(scope, documentId);
  let where: { documentId: string; layer?: string | { startsWith: string } };
  if (layer === "mine") where = { documentId, layer: userLayer(scope.actor.id) };
  else {
    requireOtherLayers(scope, doc);
    if (layer === "gold") where = { documentId, layer: GOLD_LAYER };
    else if (layer === "all") where = { documentId };
    else where = { documentId, layer: userLayer(layer.userId) };
  }
  const rows = await db.annotation.findMany({ where, orderBy: [{ start: "asc" }, { end: "desc" }] });
  return rows.map(toSpan);
}

async function checkedFields(
  scope: ProjectScope,
  documentId: string,
  f: { label: string; start: number; end: number; text: string; attributes: unknown },
) {
  const label = await db.label.findUnique({ where: { projectId_key: { projectId: scope.projectId, key: f.label } } });
  if (!label) throw invalid(`Unknown label "${f.label}" in this project.`, "label");
  const problem = checkSpanRange(await documentIndex(documentId), f.start, f.end, f.text);
  if (problem) throw invalid(problem.message, problem.code === "text_mismatch" ? "text" : "start");
  const attrs = validateAttributes(f.label, f.attributes);
  if (!attrs.ok) throw invalid(attrs.message, "attributes");
  return attrs.value;
}

/** 409 for "same label over the same range in this layer", carrying the span already there. */
async function duplicateConflict(documentId: string, layer: string, f: { label: string; start: number; end: number }) {
  const existing = await db.annotation.findUnique({
    where: { documentId_layer_label_start_end: { documentId, layer, label: f.label, start: f.start, end: f.end } },
  });
  return conflict(`This layer already has a "${f.label}" span over [${f.start}, ${f.end}).`, {
    existing: existing ? toSpan(existing) : null,
  });
}

export async function createSpan(
  scope: ProjectScope,
  documentId: string,
  input: AnnotationCreate,
  target: "mine" | "gold" = "mine",
): Promise<StoredSpan> {
  await documentContext(scope, documentId);
  const layer = target === "gold" ? GOLD_LAYER : userLayer(scope.actor.id);
  requireWriteLayer(scope, layer);
  const attributes = await checkedFields(scope, documentId, { ...input, attributes: input.attributes });
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.annotation.create({
        data: {
          documentId, layer, authorId: scope.actor.id, label: input.label, start: input.start, end: input.end,
          text: input.text, attributes: JSON.stringify(attributes), note: input.note ?? "",
        },
      });
      const span = toSpan(row);
      await recordEvent(tx, { documentId, annotationId: span.id, actorId: scope.actor.id, action: "create", after: span });
      if (layer !== GOLD_LAYER) await markInProgress(tx, documentId, scope.actor.id);
      return span;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw await duplicateConflict(documentId, layer, input);
    throw e;
  }
}

async function loadForWrite(scope: ProjectScope, annotationId: string) {
  const row = await db.annotation.findUnique({ where: { id: annotationId } });
  if (!row) throw notFound("Span");
  await documentContext(scope, row.documentId); // same project, or 404
  requireWriteLayer(scope, row.layer);
  return row;
}

/** Optimistic update: `patch.version` must equal the stored version, else 409 with the current span. */
export async function updateSpan(scope: ProjectScope, annotationId: string, patch: AnnotationPatch): Promise<StoredSpan> {
  const row = await loadForWrite(scope, annotationId);
  const before = toSpan(row);
  const next = {
    label: patch.label ?? row.label,
    start: patch.start ?? row.start,
    end: patch.end ?? row.end,
    text: patch.text ?? row.text,
    attributes: patch.attributes ?? (patch.label && patch.label !== row.label ? {} : before.attributes),
  };
  const attributes = await checkedFields(scope, row.documentId, next);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.annotation.updateMany({
        where: { id: annotationId, version: patch.version },
        data: { ...next, attributes: JSON.stringify(attributes), note: patch.note ?? row.note, version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.annotation.findUnique({ where: { id: annotationId } });
        throw conflict("This span was changed elsewhere since you loaded it; reload to see the current version.", {
          current: current ? toSpan(current) : null,
        });
      }
      const span = toSpan(await tx.annotation.findUniqueOrThrow({ where: { id: annotationId } }));
      await recordEvent(tx, { documentId: row.documentId, annotationId, actorId: scope.actor.id, action: "update", before, after: span });
      return span;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw await duplicateConflict(row.documentId, row.layer, next);
    throw e;
  }
}

export async function deleteSpan(scope: ProjectScope, annotationId: string, version?: number): Promise<void> {
  const row = await loadForWrite(scope, annotationId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.annotation.deleteMany({ where: { id: annotationId, ...(version !== undefined ? { version } : {}) } });
    if (count === 0) {
      const current = await tx.annotation.findUnique({ where: { id: annotationId } });
      throw conflict("This span was changed elsewhere since you loaded it; reload before deleting it.", {
        current: current ? toSpan(current) : null,
      });
    }
    await recordEvent(tx, { documentId: row.documentId, annotationId, actorId: scope.actor.id, action: "delete", before: toSpan(row) });
  });
}
