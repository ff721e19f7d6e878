import "server-only";
import type { RawQueries } from "../../db/raw";
import type { ImportProblem, ImportResult, ImportedDocument } from "@/lib/domain/formats/corpus";
import { codePointLength } from "@/lib/domain/text/text";
import { AuthorMap } from "./import-authors";
import { LabelPlanner } from "./import-labels";
import { createId } from "../corpus-ids";
import { storedNow, toStoredTimestamp } from "../corpus-timestamps";
import { DOCUMENT_STATUSES } from "../export/export-request";
import { planPropositions } from "./import-propositions";
import type { DefaultLayer, ImportTarget } from "./import-request";
import { emptyPlan, type ImportPlan, type RowSink } from "./import-rows";
import { GOLD_LAYER, userLayer } from "@/lib/domain/spans/layers";

export interface PlanContext {
  projectId: string;
  importerId: string;
  defaultLayer: DefaultLayer;
  target?: ImportTarget;
  createLabels?: boolean;
}

/** A parsed import, whose documents may be read from a spill file as they are planned (import-spill.ts). */
export type PlanInput = Omit<ImportResult, "documents"> & { documents: Iterable<ImportedDocument> };

interface Target {
  id: string;
  /** "layer|label|start|end" → span id: the unique key of Annotation within a document. */
  keys: Map<string, string>;
}

/**
 * Decide every row an import writes, reading what the project already holds, and hand each
 * to `sink` (the database, or DRY_RUN to only count). Run inside the import's write
 * transaction so nobody adds the same document in between.
 * - A document whose hash is already in the project is matched: its spans go to it.
 * - A span whose (layer, label, start, end) is already there is skipped (the existing span
 *   stands in for it in proposition links).
 * Every row is in `sink` when it resolves (its end() has run).
 */
export async function planImport(db: RawQueries, ctx: PlanContext, result: PlanInput, sink: RowSink): Promise<ImportPlan> {
  const plan = emptyPlan();
  const now = storedNow();
  const labels = ctx.createLabels ? await LabelPlanner.load(db, ctx.projectId, (row) => sink.label(row)) : null;
  const targetProblem = await AuthorMap.targetProblem(db, ctx.projectId, ctx.target);
  if (targetProblem) {
    plan.problems.push({ where: "target", message: targetProblem });
    return plan;
  }
  const authors = await AuthorMap.load(db, ctx.projectId, ctx.importerId, ctx.defaultLayer, result.project?.users, ctx.target);
  // Spans imported into an annotator's layer are that annotator's work: the document joins
  // their queue (in progress), so adjudication counts it once they mark it done.
  const assignTo = typeof ctx.target === "object" ? ctx.target.userId : null;
  const targets = new Map<string, Target>();
  // Source span id → stored span id, for proposition links (JSONL span ids are unique per file).
  const spanIds = new Map<string, string>();
  const keepSpanIds = result.propositions.length > 0;
  const statuses = new Set<string>();

  const targetFor = async (doc: ImportedDocument): Promise<Target> => {
    const known = targets.get(doc.sha256);
    if (known) return known;
    const existing = await db.value<string>("SELECT id FROM Document WHERE projectId = ? AND sha256 = ?", ctx.projectId, doc.sha256);
    let target: Target;
    if (existing !== undefined) {
      const rows = await db.all<{ id: string; layer: string; label: string; start: number; end: number }>(
        'SELECT id, layer, label, start, "end" FROM Annotation WHERE documentId = ?',
        existing,
      );
      target = { id: existing, keys: new Map(rows.map((r) => [`${r.layer}|${r.label}|${r.start}|${r.end}`, r.id])) };
      plan.counts.documentsMatched++;
    } else {
      target = { id: createId(), keys: new Map() };
      const status = doc.status ?? "open";
      const known = (DOCUMENT_STATUSES as readonly string[]).includes(status);
      if (!known) statuses.add(status);
      await sink.document({
        id: target.id,
        projectId: ctx.projectId,
        title: doc.title,
        text: doc.text,
        sha256: doc.sha256,
        length: codePointLength(doc.text),
        outlet: doc.outlet,
        perspective: doc.perspective,
        language: doc.language,
        publishedAt: doc.publishedAt,
        url: doc.url,
        status: known ? status : "open",
        createdAt: now,
      });
      plan.counts.documentsCreated++;
    }
    targets.set(doc.sha256, target);
    return target;
  };

  for (const doc of result.documents) {
    await labels?.document(doc);
    const target = await targetFor(doc);
    if (assignTo && doc.spans.length > 0) await sink.assignment({ documentId: target.id, userId: assignTo, assignedAt: now });
    for (const [i, span] of doc.spans.entries()) {
      const resolved = authors.resolve(span);
      if (!resolved) {
        plan.problems.push(layerProblem(doc, i, span.layer));
        continue;
      }
      const key = `${resolved.layer}|${span.label}|${span.start}|${span.end}`;
      const existing = target.keys.get(key);
      if (existing) {
        plan.counts.spansAlreadyPresent++;
        if (keepSpanIds && span.id) spanIds.set(span.id, existing);
        continue;
      }
      const id = createId();
      target.keys.set(key, id);
      if (keepSpanIds && span.id) spanIds.set(span.id, id);
      if (resolved.reassignedFrom) plan.counts.spansReassigned++;
      await sink.span({
        id,
        documentId: target.id,
        layer: resolved.layer,
        authorId: resolved.authorId,
        label: span.label,
        start: span.start,
        end: span.end,
        text: span.text,
        attributes: JSON.stringify(span.attributes),
        note: span.note,
        createdAt: toStoredTimestamp(span.createdAt, now),
        updatedAt: toStoredTimestamp(span.updatedAt ?? span.createdAt, now),
      });
      plan.counts.spansCreated++;
    }
  }
  if (labels) {
    plan.counts.labelsCreated = labels.created.length;
    plan.problems.unshift(...labels.problems); // first in the report, as when labels were planned up front
    if (labels.created.length) plan.notices.push(`New labels: ${labels.created.join(", ")}.`);
  }
  await planPropositions(db, { ...ctx, now }, result.propositions, spanIds, plan, sink);
  await sink.end();
  plan.unknownAuthors = [...authors.unknown].sort();
  if (statuses.size)
    plan.notices.push(`Unknown document status ${[...statuses].map((s) => JSON.stringify(s)).join(", ")} imported as "open".`);
  return plan;
}

function layerProblem(doc: ImportedDocument, index: number, layer: string | undefined): ImportProblem {
  return {
    where: `${doc.sourceName} span ${index + 1}`,
    message: `layer ${JSON.stringify(layer)} is neither "${GOLD_LAYER}" nor "${userLayer("<id>")}"`,
  };
}
