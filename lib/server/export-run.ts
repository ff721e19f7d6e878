import "server-only";
import Database from "better-sqlite3";
import { countConllDropped } from "@/lib/domain/formats/conll-drops";
import { CorpusReader } from "./corpus-reader";
import { ChunkBuffer, type ChunkSink } from "./export-chunks";
import { encodeExport } from "./export-encode";
import type { ExportRequest } from "./export-request";

export interface ExportJob extends ExportRequest {
  dbPath: string;
  projectId: string;
}

/** Known before the first byte: what goes in response headers. */
export interface ExportCounts {
  documents: number;
  spans: number;
  /** CoNLL only: spans left out because they overlap a kept span (or cover no token). */
  dropped?: number;
  droppedByLabel?: Record<string, number>;
}

export interface ExportSummary extends ExportCounts {
  bytes: number;
}

/**
 * Stream one export from the database file into `sink`. Opens its own read-only connection
 * and reads everything inside one read transaction, so the file is a consistent snapshot
 * even while annotators keep saving (WAL lets them write meanwhile).
 */
export async function runExport(job: ExportJob, sink: ChunkSink, onCounts?: (c: ExportCounts) => void): Promise<ExportSummary> {
  const db = new Database(job.dbPath, { readonly: true, fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    db.exec("BEGIN");
    const reader = new CorpusReader(db, job);
    const project = reader.project();
    const ids = reader.documentIds();
    const counts: ExportCounts = { documents: ids.length, spans: reader.countSpans() };
    // CoNLL: count the dropped spans first (same snapshot), so they can go in the headers.
    if (job.format === "conll") Object.assign(counts, await countConllDropped(project, reader.documents(ids)));
    onCounts?.(counts);
    const encoded = encodeExport(job, project, reader.documents(ids), () => reader.propositions());
    const out = new ChunkBuffer(sink);
    for await (const chunk of encoded.chunks) await out.push(chunk);
    await out.flush();
    db.exec("COMMIT");
    const stats = encoded.conllStats();
    if (stats && stats.dropped !== counts.dropped) throw new Error(`CoNLL dropped ${stats.dropped} spans where ${counts.dropped} were counted`);
    return { ...counts, bytes: out.bytes };
  } finally {
    db.close();
  }
}
