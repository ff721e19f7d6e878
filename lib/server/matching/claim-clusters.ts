import "server-only";
import { db } from "../db/db";
import { rawDb } from "../db/raw";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden } from "../http/errors";
import { runWorker } from "../workers/launch";
import { derivedResult } from "../workers/derived-results";
import { spanChangeStamp, stampKey } from "../annotations/span-change-stamp";
import { requireLinkClaim, visibleClaim } from "../access/proposition-access";
import { readClaimAttributes } from "../propositions/proposition-mentions";
import { rejectDuplicateStatement } from "../propositions/propositions";
import { sqlList } from "../db/sql-list";
import { analyze, recordLinkDecision } from "./matching";
import { recordLinkEvent } from "../propositions/link-events";
import { suggestStance } from "@/lib/domain/matching/stance";
import type { ClaimCluster } from "@/lib/domain/matching/cluster";
import type { ClusterPropositionInput } from "@/lib/schemas/proposition";
import type { ClusterView } from "@/lib/views/claim-clusters";

// Clustering reads every unlinked claim of the project and compares thousands of pairs: it
// runs in a child process (lib/server/workers/cluster-worker.ts, nice 5, own read-only connection), and its
// result is kept per project (../workers/derived-results.ts: in memory and in the database, for
// every app instance) until spans, links or link decisions change.

const WORKER_TIMEOUT_MS = 120_000;
const SHOWN = 20;

interface WorkerResult {
  clusters: ClaimCluster[];
  claims: number;
  ms: number;
  cpuMs: number;
}

/**
 * Span writes (spanChangeStamp), links (their count and newest id) and the project's link
 * decisions (their count, and the newest decision's id database-wide). The newest ids stand
 * for "a row was added": index lookups, and the cuids Prisma writes are time-ordered (a link
 * put back by a span's restore has an older id, but the restore is a span write).
 */
async function fingerprint(projectId: string): Promise<string> {
  const [spans, links] = await Promise.all([
    spanChangeStamp(),
    rawDb().get(
      `SELECT (SELECT count(*) FROM PropositionLink) AS l, (SELECT max(id) FROM PropositionLink) AS lr,
        (SELECT count(*) FROM LinkDecision WHERE projectId = ?) AS d, (SELECT max(id) FROM LinkDecision) AS dr`,
      projectId,
    ),
  ]);
  return stampKey([spans, links]);
}

async function clustersOf(projectId: string): Promise<WorkerResult> {
  const entry = await derivedResult<WorkerResult>(`clusters:${projectId}`, await fingerprint(projectId), () =>
    runWorker("cluster-worker", [projectId], { priority: 5, timeoutMs: WORKER_TIMEOUT_MS }),
  );
  entry.parsed ??= JSON.parse(entry.json) as WorkerResult;
  return entry.parsed;
}

/** Candidate propositions from unlinked claims, for reviewers and managers. */
export async function listClaimClusters(scope: ProjectScope): Promise<{ clusters: ClusterView[]; claims: number }> {
  assertScope(scope);
  if (!scope.can("propositions:manage")) throw forbidden("Only reviewers and managers see claim clusters.");
  const result = await clustersOf(scope.projectId);
  const shown = result.clusters.slice(0, SHOWN);
  const ids = shown.flatMap((c) => c.ids);
  // A prepared statement driven by the ids (CROSS JOIN keeps SQLite from starting at the
  // project's documents): Prisma's relation filters took ~150 ms here at 10,000 documents.
  const list = sqlList(ids);
  const rows = await rawDb().all<{
    id: string;
    documentId: string;
    text: string;
    attributes: string;
    title: string;
    outlet: string;
    perspective: string;
  }>(
    `SELECT a.id, a.documentId, a.text, a.attributes, d.title, d.outlet, d.perspective
     FROM "Annotation" a CROSS JOIN "Document" d
     WHERE a.id IN (${list.sql}) AND d.id = a.documentId AND a.label = 'claim' AND d.projectId = ?
       AND NOT EXISTS (SELECT 1 FROM "PropositionLink" l WHERE l.annotationId = a.id)`,
    ...list.params,
    scope.projectId,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const clusters: ClusterView[] = [];
  for (const c of shown) {
    const draft = analyze(c.draft);
    const claims = c.ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      const a = readClaimAttributes(r.attributes);
      return [
        {
          annotationId: r.id,
          documentId: r.documentId,
          documentTitle: r.title,
          outlet: r.outlet,
          perspective: r.perspective,
          text: r.text,
          holder: a.holder,
          suggestedStance: suggestStance(analyze(r.text), draft, a.voice, a.claimStance === "denies"),
        },
      ];
    });
    if (claims.length < 2) continue; // linked or deleted since the worker ran
    clusters.push({
      key: c.ids[0],
      draft: c.draft,
      score: c.score,
      reasons: c.reasons,
      outlets: new Set(claims.map((x) => x.outlet)).size,
      claims,
    });
  }
  return { clusters, claims: result.claims };
}

/**
 * Create a proposition from a cluster in one step: the statement and every kept claim's link,
 * in one write (all or nothing). Each link is also an accepted example for the project's model.
 */
export async function createPropositionFromCluster(scope: ProjectScope, input: ClusterPropositionInput): Promise<{ id: string }> {
  assertScope(scope);
  if (!scope.can("propositions:manage")) throw forbidden("Only reviewers and managers can create propositions from clusters.");
  const claims = await Promise.all(input.links.map((l) => visibleClaim(scope, l.annotationId)));
  for (const c of claims) requireLinkClaim(scope, c);
  await rejectDuplicateStatement(scope, input.statement);
  const created = await db.$transaction(async (tx) => {
    const p = await tx.proposition.create({
      data: {
        projectId: scope.projectId,
        statement: input.statement,
        status: "open",
        createdById: scope.actor.id,
        links: { create: input.links.map((l) => ({ annotationId: l.annotationId, stance: l.stance, createdById: scope.actor.id })) },
      },
      select: { id: true, statement: true },
    });
    for (const [i, l] of input.links.entries()) {
      await recordLinkEvent(tx, { claim: claims[i], actorId: scope.actor.id, action: "link", proposition: p, stance: l.stance });
    }
    return p;
  });
  for (const [i, l] of input.links.entries()) {
    await recordLinkDecision(scope, {
      propositionId: created.id,
      annotationId: l.annotationId,
      statement: input.statement,
      claimText: claims[i].text,
      decision: "accepted",
      stance: l.stance,
    });
  }
  return { id: created.id };
}
