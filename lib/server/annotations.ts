import "server-only";
import { db } from "./db";
import type { ProjectScope } from "./guards";
import { conflict, invalid, isUniqueViolation, notFound } from "./errors";
import { documentIndex } from "./document-text";
import { toSpan, type StoredSpan } from "./span-rows";
import { GOLD_LAYER, userLayer } from "@/lib/domain/layers";
import { documentContext, requireOtherLayers, requireWriteLayer } from "./span-access";
import { recordEvent } from "./annotation-events";
import { reattachLinks, snapshotLinks, type LinkSnapshot } from "./span-links";
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

/**
 * Delete a span. History keeps the span and its proposition links (the links go with the
 * span, by cascade), so restoreSpan can bring both back under the same id.
 */
export async function deleteSpan(scope: ProjectScope, annotationId: string, version?: number): Promise<void> {
  const row = await loadForWrite(scope, annotationId);
  await db.$transaction(async (tx) => {
    const links = await snapshotLinks(tx, annotationId);
    const { count } = await tx.annotation.deleteMany({ where: { id: annotationId, ...(version !== undefined ? { version } : {}) } });
    if (count === 0) {
      const current = await tx.annotation.findUnique({ where: { id: annotationId } });
      throw conflict("This span was changed elsewhere since you loaded it; reload before deleting it.", {
        current: current ? toSpan(current) : null,
      });
    }
    await recordEvent(tx, { documentId: row.documentId, annotationId, actorId: scope.actor.id, action: "delete", before: { ...toSpan(row), links } });
  });
}

export interface RestoredSpan {
  annotation: StoredSpan;
  links: LinkSnapshot[];
  /** Links whose proposition was deleted since: they cannot come back. */
  droppedLinks: LinkSnapshot[];
}

/** The latest deletion of a span id, with the document it was in (for the route's guard). */
export async function findDeletion(annotationId: string) {
  const event = await db.annotationEvent.findFirst({
    where: { annotationId, action: "delete" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { documentId: true, before: true, document: { select: { projectId: true } } },
  });
  if (!event?.before) throw notFound("A deleted span with this id");
  return { documentId: event.documentId, projectId: event.document.projectId, before: JSON.parse(event.before) as StoredSpan & { links?: LinkSnapshot[] } };
}

/**
 * Undo a delete: the span comes back under its old id, in its old layer with its author and
 * creation time, and its proposition links are re-attached, all in one transaction (so
 * boards, evidence and history that name the id find it again). `fields` are the state to
 * restore (the undo's target, normally what was deleted); they are validated like any write.
 */
export async function restoreSpan(scope: ProjectScope, annotationId: string, fields?: AnnotationCreate): Promise<RestoredSpan> {
  const { documentId, before } = await findDeletion(annotationId);
  await documentContext(scope, documentId); // same project, or 404
  requireWriteLayer(scope, before.layer);
  const wanted = fields ?? { label: before.label, start: before.start, end: before.end, text: before.text, attributes: before.attributes, note: before.note };
  const attributes = await checkedFields(scope, documentId, { ...wanted, attributes: wanted.attributes ?? {} });
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.annotation.findUnique({ where: { id: annotationId } });
      if (existing) throw conflict("This span exists again already (restored elsewhere).", { current: toSpan(existing) });
      const row = await tx.annotation.create({
        data: {
          id: annotationId, documentId, layer: before.layer, authorId: before.authorId, label: wanted.label,
          start: wanted.start, end: wanted.end, text: wanted.text, attributes: JSON.stringify(attributes), note: wanted.note ?? "",
          version: (before.version ?? 1) + 1, createdAt: before.createdAt ? new Date(before.createdAt) : undefined,
        },
      });
      const { restored, dropped } = await reattachLinks(tx, annotationId, before.links ?? []);
      const span = toSpan(row);
      await recordEvent(tx, { documentId, annotationId, actorId: scope.actor.id, action: "restore", after: { ...span, links: restored } });
      if (before.layer === userLayer(scope.actor.id)) await markInProgress(tx, documentId, scope.actor.id);
      return { annotation: span, links: restored, droppedLinks: dropped };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw await duplicateConflict(documentId, before.layer, wanted);
    throw e;
  }
}
