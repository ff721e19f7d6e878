import "server-only";
import { rawDb } from "../db/raw";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden } from "../http/errors";
import { runWorker as runWorkerProcess } from "../workers/launch";
import { spanChangeStamp, stampKey } from "../annotations/span-change-stamp";
import { derivedResult, type DerivedEntry } from "../workers/derived-results";
import type { AgreementReport } from "@/lib/domain/agreement/agreement-report";

// Computing agreement reads a whole project and compares every pair of annotators: on the
// server's own thread it would freeze every annotator's save. It runs in a child process instead
// (lib/server/workers/agreement-worker.ts, started through workers/launch.ts) at a lower
// CPU priority, so on a small machine the server's requests come first. The child prints
// the finished report; that JSON text is kept per project (../workers/derived-results.ts: in
// memory and in the database, for every app instance) and served as is (no parse or
// re-serialisation of megabytes on the request thread) until the data it depends on changes.

const WORKER_TIMEOUT_MS = 120_000;

/**
 * Span writes (spanChangeStamp), plus what decides which layers count and how they are named:
 * assignments (count, done count, latest done and latest assigned time), the project's label
 * keys in order and its document count, and the latest change to a user (a renamed annotator).
 */
async function fingerprint(projectId: string): Promise<string> {
  const [spans, assignments, labels, documents, users] = await Promise.all([
    spanChangeStamp(),
    rawDb().get(
      `SELECT count(*) AS n, sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done, max(doneAt) AS at, max(assignedAt) AS s FROM Assignment`,
    ),
    rawDb().column(`SELECT key FROM Label WHERE projectId = ? ORDER BY sortOrder, key`, projectId),
    rawDb().value(`SELECT count(*) FROM Document WHERE projectId = ?`, projectId),
    rawDb().value(`SELECT max(updatedAt) FROM "User"`),
  ]);
  return stampKey([spans, assignments, labels, documents, users]);
}

function runWorker(projectId: string): Promise<string> {
  return runWorkerProcess("agreement-worker", [projectId], { priority: 5, timeoutMs: WORKER_TIMEOUT_MS });
}

function currentEntry(projectId: string): Promise<DerivedEntry<AgreementReport>> {
  return fingerprint(projectId).then((print) =>
    derivedResult<AgreementReport>(`agreement:${projectId}`, print, () => runWorker(projectId)),
  );
}

function requireAgreementAccess(scope: ProjectScope): void {
  assertScope(scope);
  if (!scope.can("layers:read-all")) throw forbidden("Only reviewers and managers can see agreement figures.");
}

/** The report as JSON text, for the API (reviewers and managers: it compares every annotator). */
export async function projectAgreementJson(scope: ProjectScope): Promise<string> {
  requireAgreementAccess(scope);
  return (await currentEntry(scope.projectId)).json;
}

/** Agreement over the project's finished layers, as an object (for pages and downloads). */
export async function projectAgreement(scope: ProjectScope): Promise<AgreementReport> {
  requireAgreementAccess(scope);
  const entry = await currentEntry(scope.projectId);
  entry.parsed ??= JSON.parse(entry.json) as AgreementReport;
  return entry.parsed;
}
