// Runs one export or import in the same worker process the server uses, and measures it.
import fs from "node:fs";
import { CorpusWorker } from "../../lib/server/workers/corpus-child";
import type { ExportJob, ExportSummary } from "../../lib/server/corpus/export/export-run";
import type { ImportJob, ImportReport } from "../../lib/server/corpus/import/import-run";
import type { WorkerMemory } from "../../lib/server/workers/corpus-protocol";

export interface ExportMeasure {
  seconds: number;
  cpuSeconds: number;
  ttfbMs: number;
  bytes: number;
  growthMb: number;
  summary: ExportSummary;
}

const mb = (m: WorkerMemory) => (m.maxRssBytes - m.startRssBytes) / 1048576;

/** Time from asking for the export to its first byte and to its last; `out` keeps the bytes. */
export async function measureExport(job: ExportJob, out?: string): Promise<ExportMeasure> {
  const started = performance.now();
  const worker = await CorpusWorker.start({ kind: "export", job });
  const file = out ? fs.createWriteStream(out) : null;
  let ttfbMs = NaN;
  let bytes = 0;
  for await (const chunk of worker.child.stdout! as AsyncIterable<Buffer>) {
    if (bytes === 0) ttfbMs = performance.now() - started;
    bytes += chunk.length;
    if (file && !file.write(chunk)) await new Promise<void>((r) => file.once("drain", () => r()));
  }
  const done = await worker.waitFor("done");
  const seconds = (performance.now() - started) / 1000;
  if (file) await new Promise<void>((r) => file.end(() => r()));
  return {
    seconds,
    cpuSeconds: done.memory.cpuMs / 1000,
    ttfbMs,
    bytes,
    growthMb: mb(done.memory),
    summary: done.summary as ExportSummary,
  };
}

export interface ImportMeasure {
  seconds: number;
  cpuSeconds: number;
  growthMb: number;
  report: ImportReport;
}

export async function measureImport(job: ImportJob): Promise<ImportMeasure> {
  const started = performance.now();
  const worker = await CorpusWorker.start({ kind: "import", job });
  const done = await worker.waitFor("done");
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: done.memory.cpuMs / 1000,
    growthMb: mb(done.memory),
    report: done.report as ImportReport,
  };
}
