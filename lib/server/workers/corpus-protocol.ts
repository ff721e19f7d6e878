// What lib/server/workers/corpus-child.ts and the corpus worker process say to each other over
// the IPC channel: one job in, then messages out.
import type { ExportJob } from "../corpus/export/export-run";
import type { ImportJob } from "../corpus/import/import-run";

export type WorkerJob = { kind: "export"; job: ExportJob; discard?: boolean } | { kind: "import"; job: ImportJob };

export type WorkerMessage =
  | { type: "counts"; counts: { documents: number; spans: number } }
  | { type: "done"; summary?: unknown; report?: unknown; memory: WorkerMemory }
  | { type: "error"; message: string };

/** Resident memory when the job arrived and the process's peak (the job's growth is the difference), and the job's CPU time. */
export interface WorkerMemory {
  startRssBytes: number;
  maxRssBytes: number;
  cpuMs: number;
}
