import "server-only";
import { db } from "../db/db";
import type { ProjectScope } from "../access/guards";
import { conflict, invalid, isUniqueViolation, notFound } from "../http/errors";
import { documentIndex } from "../documents/document-text";
import { toSpan, type AnnotationRow, type StoredSpan } from "./span-rows";
import { GOLD_LAYER, userLayer, type LayerSelector } from "@/lib/domain/spans/layers";
import { documentContext, requireOtherLayers, requireWriteLayer } from "../access/span-access";
import { insertEvent } from "./annotation-events";
import { reattachLinks, snapshotLinks, type LinkSnapshot } from "../propositions/span-links";
import { markInProgress } from "../documents/document-status";
import { rawDb } from "../db/raw";
import { newId, sqliteFromIso, sqliteNow } from "../db/stored-values";
import type { OffsetIndex } from "@/lib/domain/text/offsets";
import type { UnpackedSpan } from "@/lib/domain/spans/packed-spans";
import { checkSpanRange } from "@/lib/domain/spans/spans";
import { validateAttributes } from "@/lib/domain/spans/attributes";
import type { AnnotationCreate, AnnotationPatch } from "@/lib/schemas/annotation";

/** Which layer to read: the `?layer=` grammar of lib/domain/spans/layers.ts. */
export type LayerRequest = LayerSelector;

/** The layer a read names, checked against what the caller may see (null: every layer). */
async function readableLayer(scope: ProjectScope, documentId: string, layer: LayerRequest): Promise<string | null> {
  const doc = await documentContext(scope, documentId);
  if (layer === "mine") return userLayer(scope.actor.id);
  requireOtherLayers(scope, doc);
  return layer === "gold" ? GOLD_LAYER : layer === "all" ? null : userLayer(layer.userId);
}

const SPAN_ORDER = `ORDER BY start, "end" DESC, id`;

/** Spans of one document in the requested layer, as the caller may see them. */
export async function listSpans(scope: ProjectScope, documentId: string, layer: LayerRequest = "mine"): Promise<StoredSpan[]> {
  const only = await readableLayer(scope, documentId, layer);
  // A prepared statement: every workspace view and reload reads its spans, and Prisma's query
  // cost (about 1 ms of the event loop per query) was a large share of such a page.
  const rows =
    only === null
      ? await rawDb().all<AnnotationRow>(`SELECT * FROM "Annotation" WHERE documentId = ? ${SPAN_ORDER}`, documentId)
      : await rawDb().all<AnnotationRow>(`SELECT * FROM "Annotation" WHERE documentId = ? AND layer = ? ${SPAN_ORDER}`, documentId, only);
  return rows.map(toSpan);
}

/**
 * One layer's spans with only what the pages show (packed-spans.ts's fields), read as arrays. Rows
 * as objects with their stored text and times converted (listSpans) cost ~34 ms of the server per
 * workspace load at 2,000 spans (server CPU profile); this, ~8.
 */
export async function listPageSpans(scope: ProjectScope, documentId: string, layer: Exclude<LayerRequest, "all">): Promise<UnpackedSpan[]> {
  const only = (await readableLayer(scope, documentId, layer))!;
  const rows = await rawDb().rows<[string, string, number, number, number, string, string]>(
    `SELECT id, label, start, "end", version, attributes, note FROM "Annotation" WHERE documentId = ? AND layer = ? ${SPAN_ORDER}`,
    documentId,
    only,
  );
  return rows.map(([id, label, start, end, version, attributes, note]) => ({
    id,
    label,
    start,
    end,
    version,
    note,
    attributes: attributes === "{}" ? {} : (JSON.parse(attributes) as Record<string, unknown>),
  }));
}

async function checkedFields(
  scope: ProjectScope,
  index: OffsetIndex,
  f: { label: string; start: number; end: number; text: string; attributes?: unknown },
) {
  const label = await rawDb().get(`SELECT 1 FROM "Label" WHERE projectId = ? AND key = ?`, scope.projectId, f.label);
  if (!label) throw invalid(`Unknown label "${f.label}" in this project.`, "label");
  const problem = checkSpanRange(index, f.start, f.end, f.text);
  if (problem) throw invalid(problem.message, problem.code === "text_mismatch" ? "text" : "start");
  const attrs = validateAttributes(f.label, f.attributes);
  if (!attrs.ok) throw invalid(attrs.message, "attributes");
  return attrs.value;
}

// The save path reads and writes through the raw layer's cached prepared statements in one
// write transaction (raw-db.ts: Prisma cost ~1.5 ms of CPU per query here, ~20 ms per save).
const SPAN_BY_ID = `SELECT * FROM "Annotation" WHERE id = ?`;
const SPAN_BY_KEY = `SELECT * FROM "Annotation" WHERE documentId = ? AND layer = ? AND label = ? AND start = ? AND "end" = ?`;

function spanById(id: string): Promise<AnnotationRow | undefined> {
  return rawDb().get<AnnotationRow>(SPAN_BY_ID, id);
}

/** 409 for "same label over the same range in this layer", carrying the span already there. */
async function duplicateConflict(documentId: string, layer: string, f: { label: string; start: number; end: number }) {
  const existing = await rawDb().get<AnnotationRow>(SPAN_BY_KEY, documentId, layer, f.label, f.start, f.end);
  return conflict(`This layer already has a "${f.label}" span over [${f.start}, ${f.end}).`, {
    existing: existing ? toSpan(existing) : null,
  });
}

async function staleConflict(annotationId: string, what: string) {
  const current = await spanById(annotationId);
  return conflict(`This span was changed elsewhere since you loaded it; ${what}.`, { current: current ? toSpan(current) : null });
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
  const attributes = await checkedFields(scope, await documentIndex(documentId), input);
  try {
    return await rawDb().transaction(async (tx) => {
      const now = sqliteNow();
      const row = (await tx.get<AnnotationRow>(
        `INSERT INTO "Annotation" (id, documentId, layer, authorId, label, start, "end", text, attributes, note, version, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING *`,
        newId(),
        documentId,
        layer,
        scope.actor.id,
        input.label,
        input.start,
        input.end,
        input.text,
        JSON.stringify(attributes),
        input.note ?? "",
        now,
        now,
      ))!;
      const span = toSpan(row);
      await insertEvent({ documentId, annotationId: span.id, actorId: scope.actor.id, action: "create", after: span });
      if (layer !== GOLD_LAYER) await markInProgress(documentId, scope.actor.id);
      return span;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw await duplicateConflict(documentId, layer, input);
    throw e;
  }
}

async function loadForWrite(scope: ProjectScope, annotationId: string) {
  const row = await spanById(annotationId);
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
  const attributes = await checkedFields(scope, await documentIndex(row.documentId), next);
  try {
    return await rawDb().transaction(async (tx) => {
      const updated = await tx.get<AnnotationRow>(
        `UPDATE "Annotation" SET label = ?, start = ?, "end" = ?, text = ?, attributes = ?, note = ?, version = version + 1, updatedAt = ?
         WHERE id = ? AND version = ? RETURNING *`,
        next.label,
        next.start,
        next.end,
        next.text,
        JSON.stringify(attributes),
        patch.note ?? row.note,
        sqliteNow(),
        annotationId,
        patch.version,
      );
      if (!updated) throw await staleConflict(annotationId, "reload to see the current version");
      const span = toSpan(updated);
      await insertEvent({ documentId: row.documentId, annotationId, actorId: scope.actor.id, action: "update", before, after: span });
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
  await rawDb().transaction(async (tx) => {
    const links = await snapshotLinks(annotationId);
    const changes =
      version === undefined
        ? await tx.run(`DELETE FROM "Annotation" WHERE id = ?`, annotationId)
        : await tx.run(`DELETE FROM "Annotation" WHERE id = ? AND version = ?`, annotationId, version);
    if (changes === 0) throw await staleConflict(annotationId, "reload before deleting it");
    await insertEvent({
      documentId: row.documentId,
      annotationId,
      actorId: scope.actor.id,
      action: "delete",
      before: { ...toSpan(row), links },
    });
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
  return {
    documentId: event.documentId,
    projectId: event.document.projectId,
    before: JSON.parse(event.before) as StoredSpan & { links?: LinkSnapshot[] },
  };
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
  const wanted = fields ?? {
    label: before.label,
    start: before.start,
    end: before.end,
    text: before.text,
    attributes: before.attributes,
    note: before.note,
  };
  const attributes = await checkedFields(scope, await documentIndex(documentId), { ...wanted, attributes: wanted.attributes ?? {} });
  try {
    return await rawDb().transaction(async (tx) => {
      const existing = await spanById(annotationId);
      if (existing) throw conflict("This span exists again already (restored elsewhere).", { current: toSpan(existing) });
      const createdAt = before.createdAt ? sqliteFromIso(before.createdAt) : sqliteNow();
      const row = (await tx.get<AnnotationRow>(
        `INSERT INTO "Annotation" (id, documentId, layer, authorId, label, start, "end", text, attributes, note, version, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
        annotationId,
        documentId,
        before.layer,
        before.authorId,
        wanted.label,
        wanted.start,
        wanted.end,
        wanted.text,
        JSON.stringify(attributes),
        wanted.note ?? "",
        (before.version ?? 1) + 1,
        createdAt,
        sqliteNow(),
      ))!;
      const { restored, dropped } = await reattachLinks(annotationId, before.links ?? []);
      const span = toSpan(row);
      await insertEvent({ documentId, annotationId, actorId: scope.actor.id, action: "restore", after: { ...span, links: restored } });
      if (before.layer === userLayer(scope.actor.id)) await markInProgress(documentId, scope.actor.id);
      return { annotation: span, links: restored, droppedLinks: dropped };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw await duplicateConflict(documentId, before.layer, wanted);
    throw e;
  }
}
