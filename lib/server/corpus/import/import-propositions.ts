import "server-only";
import type { RawQueries } from "../../db/raw";
import type { CorpusProposition } from "@/lib/domain/formats/corpus";
import { createId } from "../corpus-ids";
import { toStoredTimestamp } from "../corpus-timestamps";
import type { ImportPlan, RowSink } from "./import-rows";

/**
 * Propositions of a Parallax JSONL file. One whose statement is already in the project is
 * matched (like a document by hash): only its missing links are added, its reconciliation is
 * left alone. New ones keep status, creation time and reconciliation (evidence remapped to
 * the stored spans); the importer is their creator. Links and evidence pointing at spans that
 * were not imported (skipped as invalid) are dropped; the parser has reported those spans.
 */
export async function planPropositions(
  db: RawQueries,
  ctx: { projectId: string; importerId: string; now: string },
  propositions: CorpusProposition[],
  spanIds: Map<string, string>,
  plan: ImportPlan,
  sink: RowSink,
): Promise<void> {
  if (propositions.length === 0) return;
  const byStatement = new Map(
    (await db.all<{ statement: string; id: string }>("SELECT statement, id FROM Proposition WHERE projectId = ?", ctx.projectId)).map(
      (r) => [r.statement, r.id],
    ),
  );
  const ids = new Map<string, string>();
  const created = new Set<string>();
  for (const p of propositions) {
    const matched = byStatement.get(p.statement);
    if (matched) {
      ids.set(p.id, matched);
      if (!created.has(matched)) plan.counts.propositionsMatched++;
      continue;
    }
    const id = createId();
    ids.set(p.id, id);
    byStatement.set(p.statement, id);
    created.add(id);
    plan.counts.propositionsCreated++;
  }
  const linked = new Map<string, Set<string>>();
  const written = new Set<string>();
  for (const p of propositions) {
    const id = ids.get(p.id)!;
    if (created.has(id) && !written.has(id)) {
      written.add(id);
      await sink.proposition({
        id,
        projectId: ctx.projectId,
        statement: p.statement,
        status: p.status,
        mergedIntoId: p.mergedIntoId ? (ids.get(p.mergedIntoId) ?? null) : null,
        createdById: ctx.importerId,
        createdAt: toStoredTimestamp(p.createdAt, ctx.now),
        updatedAt: ctx.now,
      });
      if (p.reconciliation) await addReconciliation(id, p.reconciliation, spanIds, ctx, sink);
    }
    let present = linked.get(id);
    if (!present) {
      present = new Set(
        created.has(id) ? [] : await db.column<string>("SELECT annotationId FROM PropositionLink WHERE propositionId = ?", id),
      );
      linked.set(id, present);
    }
    for (const link of p.links) {
      const annotationId = spanIds.get(link.annotationId);
      if (!annotationId || present.has(annotationId)) continue;
      present.add(annotationId);
      await sink.link({
        id: createId(),
        propositionId: id,
        annotationId,
        stance: link.stance,
        createdById: ctx.importerId,
        createdAt: ctx.now,
      });
      plan.counts.linksCreated++;
    }
  }
}

async function addReconciliation(
  propositionId: string,
  r: NonNullable<CorpusProposition["reconciliation"]>,
  spanIds: Map<string, string>,
  ctx: { importerId: string; now: string },
  sink: RowSink,
): Promise<void> {
  const evidence = r.evidence.map((e) => spanIds.get(e)).filter((e): e is string => e !== undefined);
  const fields = { status: r.status, verdict: r.verdict, summary: r.summary, rationale: r.rationale };
  await sink.reconciliation({
    id: createId(),
    propositionId,
    ...fields,
    evidence: JSON.stringify(evidence),
    version: r.version,
    updatedById: ctx.importerId,
    updatedAt: toStoredTimestamp(r.updatedAt, ctx.now),
  });
  // History starts at the imported state, so the reconciliation screen has a revision to show.
  await sink.revision({
    id: createId(),
    propositionId,
    version: r.version,
    snapshot: JSON.stringify({ ...fields, evidence }),
    actorId: ctx.importerId,
    createdAt: ctx.now,
  });
}
