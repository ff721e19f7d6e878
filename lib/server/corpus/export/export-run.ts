import "server-only";
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CorpusReader } from "../corpus-reader";
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
    const encoded = encodeExport(job, project, reader.documents(ids), () => reader.propositions());
    const out = new ChunkBuffer(sink);
    if (job.format === "conll") {
      // CoNLL knows what it dropped only at the end, and the count belongs in the headers,
      // never in the file: encode into a temporary file, then send the counts, then the file.
      await spoolThenSend(encoded.chunks, out, () => {
        const stats = encoded.conllStats()!;
        Object.assign(counts, { dropped: stats.dropped, droppedByLabel: stats.droppedByLabel });
        onCounts?.(counts);
      });
    } else {
      onCounts?.(counts);
      for await (const chunk of encoded.chunks) await out.push(chunk);
    }
    await out.flush();
    db.exec("COMMIT");
    return { ...counts, bytes: out.bytes };
  } finally {
    db.close();
  }
}

/** Write every chunk to a temporary file, call `ready`, then push the file's bytes to `out`. */
async function spoolThenSend(chunks: AsyncIterable<string | Uint8Array>, out: ChunkBuffer, ready: () => void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-export-"));
  try {
    const file = path.join(dir, "spool");
    const fd = fs.openSync(file, "w");
    try {
      for await (const chunk of chunks) fs.writeSync(fd, typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    } finally {
      fs.closeSync(fd);
    }
    ready();
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) await out.push(chunk as Buffer);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
