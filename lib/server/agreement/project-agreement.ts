// Project agreement, computed off the web server's thread: a child process with its own
// read-only connection (SQLite or PostgreSQL) reads a project's annotator layers document by
// document into AgreementAccumulator and prints the finished report (AgreementReport JSON) on
// stdout, names and titles included, so the server can pass it on without parsing it.
// Its process entry is lib/server/workers/agreement-worker.ts <database URL> <projectId>, started
// through lib/server/workers/launch.ts.
// In WAL mode this reader never blocks the server's writes (and they never block it); on
// PostgreSQL it reads one REPEATABLE READ snapshot.
import type { RawDb, RawQueries } from "../db/raw";
import { openWorkerDb } from "../workers/worker-db";
import { AgreementAccumulator } from "../../domain/agreement/span-agreement";
import { buildAgreementReport, type AgreementComputation, type AgreementReport } from "../../domain/agreement/agreement-report";
import type { LabelledRange } from "../../domain/agreement/span-matching";
import { GOLD_LAYER, layerUserId, userLayer } from "@/lib/domain/spans/layers";

export async function computeProjectAgreement(db: RawDb, projectId: string): Promise<AgreementComputation> {
  const started = performance.now();
  // One read transaction: every document is read from the same snapshot.
  return db.snapshot(async (tx: RawQueries) => {
    const labels = await tx.column<string>("SELECT key FROM Label WHERE projectId = ? ORDER BY sortOrder", projectId);
    const documents = await tx.all<{ id: string; title: string; length: number }>(
      "SELECT id, title, length FROM Document WHERE projectId = ? ORDER BY id",
      projectId,
    );
    const done = new Map<string, string[]>();
    const assignments = await tx.all<{ documentId: string; userId: string }>(
      "SELECT a.documentId AS documentId, a.userId AS userId FROM Assignment a JOIN Document d ON d.id = a.documentId WHERE d.projectId = ? AND a.status = 'done'",
      projectId,
    );
    for (const a of assignments) done.set(a.documentId, [...(done.get(a.documentId) ?? []), a.userId]);
    // Raw rows (arrays) through the covering (documentId, layer, label, start, end) index: no row objects to build.
    const spansOf = `SELECT layer, label, start, "end" FROM Annotation WHERE documentId = ? AND layer <> ?`;
    const accumulator = new AgreementAccumulator({ labels });
    const titles: Record<string, string> = {};
    let skipped = 0;
    let spans = 0;
    for (const doc of documents) {
      const annotators = done.get(doc.id) ?? [];
      if (annotators.length < 2) {
        skipped++;
        continue;
      }
      const layers = new Map<string, LabelledRange[]>(annotators.map((id) => [userLayer(id), []]));
      for (const [layerKey, label, start, end] of await tx.rows<[string, string, number, number]>(spansOf, doc.id, GOLD_LAYER)) {
        const layer = layers.get(layerKey);
        if (layer) {
          layer.push({ label, start, end });
          spans++;
        }
      }
      accumulator.addDocument(doc.id, doc.length, new Map([...layers].map(([layer, list]) => [layerUserId(layer) as string, list])));
      titles[doc.id] = doc.title;
    }
    const result = accumulator.result();
    return { result, titles, skipped, spans, ms: Math.round(performance.now() - started), maxRssKb: process.resourceUsage().maxRSS };
  });
}

/** The whole report: figures, annotators' names, titles, and the worker's time and peak memory. */
export async function projectAgreementReport(databaseUrl: string, projectId: string): Promise<AgreementReport> {
  const db = openWorkerDb(databaseUrl, { readonly: true });
  try {
    const computation = await computeProjectAgreement(db, projectId);
    const ids = [...new Set(computation.result.pairs.flatMap((p) => [p.first, p.second]))];
    const names = ids.length
      ? await db.all<{ id: string; name: string }>(`SELECT id, name FROM "User" WHERE id IN (${ids.map(() => "?").join(",")})`, ...ids)
      : [];
    return buildAgreementReport(projectId, computation, new Map(names.map((u) => [u.id, u.name])), new Date());
  } finally {
    await db.close();
  }
}
