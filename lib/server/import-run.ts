import "server-only";
import Database from "better-sqlite3";
import type { ImportProblem, ImportResult } from "@/lib/domain/formats/corpus";
import type { ImportFormat } from "./corpus-formats";
import { decodeSource, type ImportSource } from "./import-decode";
import { parseImport } from "./import-parse";
import { planImport } from "./import-plan";
import type { ImportRequest } from "./import-request";
import { DRY_RUN, emptyPlan, type ImportCounts, type ImportPlan } from "./import-rows";
import { createRowWriter } from "./import-write";

class RollBack extends Error {}

export interface ImportJob extends ImportRequest {
  dbPath: string;
  projectId: string;
  /** The manager importing: author of spans whose source author is not a member. */
  importerId: string;
  source: ImportSource;
}

export interface ImportReport {
  format: ImportFormat;
  /** False when problems stopped the import: then nothing was written, and the counts say what would have been. */
  imported: boolean;
  counts: ImportCounts;
  /** Every problem, with where and why. After a skipInvalid import these records were skipped. */
  problems: ImportProblem[];
  /** Source users (email, else id) who are not members here: their spans went to the importer. */
  unknownAuthors: string[];
  notices: string[];
  ms: number;
}

/**
 * The whole import: decode, parse and check everything (outside any transaction), then plan
 * and write in one IMMEDIATE transaction, on a connection of its own. Memory: the file and
 * its parsed records are held at once (parsers take whole texts), ~7x the file at worst,
 * which is one reason uploads stop at 100 MB. Runs in the import
 * child process (workers/corpus-worker.ts) or in the CLI, never on the server's main thread.
 */
export function runImport(job: ImportJob): ImportReport {
  const started = Date.now();
  const finish = (r: Omit<ImportReport, "format" | "ms">): ImportReport => ({ format: job.format, ...r, ms: Date.now() - started });
  const db = new Database(job.dbPath, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    db.pragma("foreign_keys = ON");
    db.pragma("synchronous = NORMAL");
    if (!db.prepare("SELECT 1 FROM Project WHERE id = ?").get(job.projectId)) throw new Error(`No project with id ${job.projectId}`);
    const labels = db.prepare("SELECT key FROM Label WHERE projectId = ?").pluck().all(job.projectId) as string[];
    const read = readInput(job, labels);
    if (!read.ok) return finish({ imported: false, counts: emptyPlan().counts, problems: read.problems, unknownAuthors: [], notices: [] });
    const { parsed, problems: found } = read;
    const report = (imported: boolean, plan: ImportPlan) =>
      finish({ imported, counts: plan.counts, problems: [...found, ...plan.problems], unknownAuthors: plan.unknownAuthors, notices: plan.notices });
    // Only count (DRY_RUN) when problems already forbid writing; else write while planning,
    // and roll back if planning finds a problem of its own (an impossible layer).
    const dryRun = db.transaction(() => report(false, planImport(db, job, parsed, DRY_RUN)));
    if (found.length && !job.skipInvalid) return dryRun.immediate();
    const write = db.transaction(() => {
      const plan = planImport(db, job, parsed, createRowWriter(db));
      if (plan.problems.length && !job.skipInvalid) throw new RollBack();
      return report(true, plan);
    });
    try {
      return write.immediate();
    } catch (e) {
      if (e instanceof RollBack) return dryRun.immediate();
      throw e;
    }
  } finally {
    db.close();
  }
}

/**
 * Decode and parse. A separate function so the decoded file (up to 100 MB of UTF-8, twice
 * that as a JavaScript string) can be collected before planning and writing start.
 */
function readInput(job: ImportJob, labels: string[]): { ok: true; parsed: ImportResult; problems: ImportProblem[] } | { ok: false; problems: ImportProblem[] } {
  const decoded = decodeSource(job.format, job.source);
  if (!decoded.ok) return decoded;
  const parsed = parseImport(job.format, decoded.input, labels);
  return { ok: true, parsed, problems: [...decoded.problems, ...parsed.problems] };
}
