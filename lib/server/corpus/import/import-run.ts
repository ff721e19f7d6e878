import "server-only";
import { openWorkerDb } from "../../workers/worker-db";
import type { ImportProblem } from "@/lib/domain/formats/corpus";
import type { ImportFormat } from "../corpus-formats";
import { decodeSource, type ImportSource } from "./import-decode";
import { parseImport, parseOptions } from "./import-parse";
import { planImport, type PlanInput } from "./import-plan";
import { parseJsonlFile, streamableUtf8 } from "./import-stream";
import type { ImportRequest } from "./import-request";
import { DRY_RUN, emptyPlan, type ImportCounts, type ImportPlan } from "./import-rows";
import { createRowWriter } from "./import-write";

class RollBack extends Error {}

export interface ImportJob extends ImportRequest {
  /** The database (DATABASE_URL's form: `file:<path>` or `postgresql://…`). */
  databaseUrl: string;
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
  /** Every problem, with where and why (at most 1,000 listed). After a skipInvalid import these records were skipped. */
  problems: ImportProblem[];
  /** How many problems there were in all, also those past the listing cap. */
  problemCount: number;
  /** Source users (email, else id) who are not members here: their spans went to the importer. */
  unknownAuthors: string[];
  notices: string[];
  ms: number;
}

/**
 * The whole import: decode, parse and check everything (outside any transaction), then plan
 * and write in one write transaction, on a connection of its own. Memory: a Parallax JSONL
 * file is read as a stream and its checked documents wait on disk (import-stream.ts); other
 * formats are held at once with their parsed records (parsers take whole texts), ~7x the file
 * at worst, which is one reason uploads stop at 100 MB. Runs in the import
 * child process (workers/corpus-worker.ts) or in the CLI, never on the server's main thread.
 * (On PostgreSQL the transaction may run again after a serialization failure: planning and
 * writing touch nothing but the database, and the parsed input can be read again.)
 */
export async function runImport(job: ImportJob): Promise<ImportReport> {
  const started = Date.now();
  const finish = (r: Omit<ImportReport, "format" | "ms">): ImportReport => ({ format: job.format, ...r, ms: Date.now() - started });
  const db = openWorkerDb(job.databaseUrl, { readonly: false });
  let disposeInput: (() => void) | undefined;
  try {
    // SQLite only: the one commit of a large import need not wait for its WAL to reach the disk
    // (WAL stays consistent; a power cut may lose the import, never corrupt the file).
    if (db.dialect === "sqlite") await db.run("PRAGMA synchronous = NORMAL");
    if ((await db.value("SELECT 1 FROM Project WHERE id = ?", job.projectId)) === undefined)
      throw new Error(`No project with id ${job.projectId}`);
    const labels = await db.column<string>("SELECT key FROM Label WHERE projectId = ?", job.projectId);
    const read = readInput(job, labels);
    if (!read.ok) {
      return finish({
        imported: false,
        counts: emptyPlan().counts,
        problems: read.problems,
        problemCount: read.problems.length,
        unknownAuthors: [],
        notices: [],
      });
    }
    disposeInput = read.dispose;
    const { parsed, problems: found, problemCount, notices } = read;
    const report = (imported: boolean, plan: ImportPlan) =>
      finish({
        imported,
        counts: plan.counts,
        problems: [...found, ...plan.problems],
        problemCount: problemCount + plan.problems.length,
        unknownAuthors: plan.unknownAuthors,
        notices: [...notices, ...plan.notices],
      });
    // Only count (DRY_RUN) when problems already forbid writing; else write while planning,
    // and roll back if planning finds a problem of its own (an impossible layer).
    const dryRun = () => db.snapshot(async (tx) => report(false, await planImport(tx, job, parsed, DRY_RUN)));
    if (found.length && !job.skipInvalid) return await dryRun();
    try {
      return await db.transaction(async (tx) => {
        const plan = await planImport(tx, job, parsed, createRowWriter(tx));
        if (plan.problems.length && !job.skipInvalid) throw new RollBack();
        // Everything skipped as invalid is not an import: report it as nothing imported.
        if (problemCount + plan.problems.length > 0 && touchedNothing(plan)) throw new RollBack();
        return report(true, plan);
      });
    } catch (e) {
      if (e instanceof RollBack) return await dryRun();
      throw e;
    }
  } finally {
    disposeInput?.();
    await db.close();
  }
}

function touchedNothing(plan: ImportPlan): boolean {
  const c = plan.counts;
  return c.documentsCreated + c.documentsMatched + c.propositionsCreated + c.propositionsMatched + c.labelsCreated === 0;
}

/**
 * Decode and parse. A separate function so the decoded file (up to 100 MB of UTF-8, twice
 * that as a JavaScript string) can be collected before planning and writing start.
 */
type ReadInput =
  | { ok: true; parsed: PlanInput; problems: ImportProblem[]; problemCount: number; notices: string[]; dispose?: () => void }
  | { ok: false; problems: ImportProblem[] };

function readInput(job: ImportJob, labels: string[]): ReadInput {
  if (job.format === "jsonl" && job.source.kind === "file" && streamableUtf8(job.source.path)) return readJsonlStream(job, labels);
  const decoded = decodeSource(job.format, job.source);
  if (!decoded.ok) return decoded;
  const parsed = parseImport(job.format, decoded.input, labels, job);
  return {
    ok: true,
    parsed,
    problems: [...decoded.problems, ...parsed.problems],
    problemCount: decoded.problems.length + (parsed.problemCount ?? parsed.problems.length),
    notices: [...(decoded.notices ?? []), ...(parsed.notices ?? [])],
  };
}

/** A Parallax JSONL file read as a stream, its checked documents spilled to disk (import-stream.ts). */
function readJsonlStream(job: ImportJob, labels: string[]): ReadInput {
  const read = parseJsonlFile(job.source.path, parseOptions(labels, job));
  if (!read.ok) return read;
  const { parsed } = read;
  return {
    ok: true,
    parsed,
    problems: parsed.problems,
    problemCount: parsed.problemCount ?? parsed.problems.length,
    notices: parsed.notices ?? [],
    dispose: () => parsed.documents.dispose(),
  };
}
