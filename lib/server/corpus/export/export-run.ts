import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openWorkerDb } from "../../workers/worker-db";
import { CorpusReader } from "../corpus-reader";
import { ChunkBuffer, type ChunkSink } from "./export-chunks";
import { encodeExport } from "./export-encode";
import type { ExportRequest } from "./export-request";

export interface ExportJob extends ExportRequest {
  /** The database (DATABASE_URL's form: `file:<path>` or `postgresql://…`). */
  databaseUrl: string;
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
 * Stream one export from the database into `sink`. Opens its own read-only connection and
 * reads everything inside one snapshot, so the file is consistent even while annotators keep
 * saving (SQLite's WAL, PostgreSQL's MVCC let them write meanwhile).
 */
export async function runExport(job: ExportJob, sink: ChunkSink, onCounts?: (c: ExportCounts) => void): Promise<ExportSummary> {
  const db = openWorkerDb(job.databaseUrl, { readonly: true });
  try {
    return await db.snapshot(async (tx) => {
      const reader = new CorpusReader(tx, job);
      const project = await reader.project();
      const ids = await reader.documentIds();
      const counts: ExportCounts = { documents: ids.length, spans: await reader.countSpans() };
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
      return { ...counts, bytes: out.bytes };
    });
  } finally {
    await db.close();
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
