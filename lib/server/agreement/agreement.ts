import "server-only";
import { db } from "../db/db";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden } from "../http/errors";
import { databasePath } from "../db/database-url";
import { runWorker as runWorkerProcess } from "../workers/launch";
import { spanChangeStamp, stampKey } from "../annotations/span-change-stamp";
import { derivedResult, type DerivedEntry } from "../workers/derived-results";
import type { AgreementReport } from "@/lib/domain/agreement/agreement-report";

// better-sqlite3 is synchronous: computing agreement on the server's own thread would
// freeze every annotator's save. It runs in a child process instead
// (lib/server/workers/agreement-worker.ts, started through workers/launch.ts) at a lower
// CPU priority, so on a small machine the server's requests come first. The child prints
// the finished report; that JSON text is kept per project (../workers/derived-results.ts: in
// memory and in the database, for every app instance) and served as is (no parse or
// re-serialisation of megabytes on the request thread) until the data it depends on changes.

const WORKER_TIMEOUT_MS = 120_000;

/** Span writes (spanChangeStamp), plus what decides which layers count and how they are named. */
async function fingerprint(projectId: string): Promise<string> {
  const [spans, assignments, project, users] = await Promise.all([
    spanChangeStamp(),
    db.$queryRaw<unknown[]>`SELECT count(*) AS n, sum(status = 'done') AS done, max(doneAt) AS at, max(rowid) AS s FROM Assignment`,
    db.$queryRaw<
      unknown[]
    >`SELECT (SELECT group_concat(key) FROM Label WHERE projectId = ${projectId}) AS l, (SELECT count(*) FROM Document WHERE projectId = ${projectId}) AS d`,
    db.$queryRaw<unknown[]>`SELECT max(updatedAt) AS u FROM "User"`, // a renamed annotator
  ]);
  return stampKey([spans, assignments, project, users]);
}

function runWorker(projectId: string): Promise<string> {
  return runWorkerProcess("agreement-worker", [databasePath(), projectId], { priority: 5, timeoutMs: WORKER_TIMEOUT_MS });
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
