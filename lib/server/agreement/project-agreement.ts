// Project agreement, computed off the web server's thread: a child process with its own
// read-only SQLite connection streams a project's annotator layers document by document
// into AgreementAccumulator and prints the finished report (AgreementReport JSON) on
// stdout, names and titles included, so the server can pass it on without parsing it.
// Its process entry is lib/server/workers/agreement-worker.ts <sqlite file> <projectId>, started
// through lib/server/workers/launch.ts.
// In WAL mode this reader never blocks the server's writes (and they never block it).
import Database from "better-sqlite3";
import { AgreementAccumulator } from "../../domain/agreement/span-agreement";
import { buildAgreementReport, type AgreementComputation, type AgreementReport } from "../../domain/agreement/agreement-report";
import type { LabelledRange } from "../../domain/agreement/span-matching";
import { GOLD_LAYER, layerUserId, userLayer } from "@/lib/domain/spans/layers";

export function computeProjectAgreement(dbPath: string, projectId: string): AgreementComputation {
  const started = performance.now();
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    // One read transaction: every document is read from the same snapshot.
    return db.transaction(() => {
      const labels = db.prepare("SELECT key FROM Label WHERE projectId = ? ORDER BY sortOrder").pluck().all(projectId) as string[];
      const documents = db.prepare("SELECT id, title, length FROM Document WHERE projectId = ? ORDER BY id").all(projectId) as {
        id: string;
        title: string;
        length: number;
      }[];
      const done = new Map<string, string[]>();
      const assignments = db
        .prepare(
          "SELECT a.documentId AS documentId, a.userId AS userId FROM Assignment a JOIN Document d ON d.id = a.documentId WHERE d.projectId = ? AND a.status = 'done'",
        )
        .all(projectId) as { documentId: string; userId: string }[];
      for (const a of assignments) done.set(a.documentId, [...(done.get(a.documentId) ?? []), a.userId]);
      // Raw rows (arrays) through the covering (documentId, layer, label, start, end) index: no row objects to build.
      const spansOf = db.prepare(`SELECT layer, label, start, "end" FROM Annotation WHERE documentId = ? AND layer <> ?`).raw();
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
        for (const [layerKey, label, start, end] of spansOf.all(doc.id, GOLD_LAYER) as [string, string, number, number][]) {
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
    })();
  } finally {
    db.close();
  }
}

/** The whole report: figures, annotators' names, titles, and the worker's time and peak memory. */
export function projectAgreementReport(dbPath: string, projectId: string): AgreementReport {
  const computation = computeProjectAgreement(dbPath, projectId);
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const ids = [...new Set(computation.result.pairs.flatMap((p) => [p.first, p.second]))];
    const names = ids.length
      ? (db.prepare(`SELECT id, name FROM "User" WHERE id IN (${ids.map(() => "?").join(",")})`).all(...ids) as {
          id: string;
          name: string;
        }[])
      : [];
    return buildAgreementReport(projectId, computation, new Map(names.map((u) => [u.id, u.name])), new Date());
  } finally {
    db.close();
  }
}
