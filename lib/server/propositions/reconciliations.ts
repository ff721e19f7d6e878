import "server-only";
import { db } from "../db/db";
import { recordEvidenceEvents } from "./link-events";
import { assertScope, type ProjectScope } from "../access/guards";
import { AppError, conflict, forbidden, invalid, isUniqueViolation } from "../http/errors";
import { propositionInScope } from "../access/proposition-access";
import { explainNotReconcilable, RECONCILIATION_STATUSES, type ReconciliationStatus } from "@/lib/domain/propositions/proposition-status";
import type { ReconciliationInput } from "@/lib/schemas/proposition";
import type { ReconciliationView, RevisionView } from "@/lib/views/reconciliation";

interface Snapshot {
  status: ReconciliationStatus;
  verdict: string;
  summary: string;
  rationale: string;
  evidence: string[];
}

function parseIds(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function asStatus(s: string): ReconciliationStatus {
  return (RECONCILIATION_STATUSES as readonly string[]).includes(s) ? (s as ReconciliationStatus) : "open";
}

function readSnapshot(json: string): Snapshot {
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch {
    // an unreadable snapshot shows as empty rather than breaking the history
  }
  const text = (k: string) => (typeof raw[k] === "string" ? raw[k] : "");
  return {
    status: asStatus(text("status")),
    verdict: text("verdict"),
    summary: text("summary"),
    rationale: text("rationale"),
    evidence: Array.isArray(raw.evidence) ? raw.evidence.filter((x): x is string => typeof x === "string") : [],
  };
}

async function namesOf(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  const users = unique.length ? await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } }) : [];
  return new Map(users.map((u) => [u.id, u.name]));
}

/**
 * The current reconciliation and its history, newest first. `visible` is the set of
 * annotation ids the caller may see: evidence outside it is left out (blind mode).
 */
export async function getReconciliation(
  scope: ProjectScope,
  propositionId: string,
  visible: ReadonlySet<string>,
): Promise<{ reconciliation: ReconciliationView; history: RevisionView[] }> {
  assertScope(scope);
  const [row, revisions] = await Promise.all([
    db.reconciliation.findUnique({ where: { propositionId } }),
    db.reconciliationRevision.findMany({ where: { propositionId }, orderBy: [{ version: "desc" }, { createdAt: "desc" }] }),
  ]);
  const names = await namesOf([row?.updatedById ?? null, ...revisions.map((r) => r.actorId)]);
  const keep = (ids: string[]) => ids.filter((id) => visible.has(id));
  const reconciliation: ReconciliationView = row
    ? {
        status: asStatus(row.status),
        verdict: row.verdict,
        summary: row.summary,
        rationale: row.rationale,
        evidence: keep(parseIds(row.evidence)),
        version: row.version,
        updatedBy: row.updatedById ? (names.get(row.updatedById) ?? null) : null,
        updatedAt: row.updatedAt.toISOString(),
      }
    : { status: "open", verdict: "", summary: "", rationale: "", evidence: [], version: 0, updatedBy: null, updatedAt: null };
  const history = revisions.map((r) => {
    const s = readSnapshot(r.snapshot);
    return {
      version: r.version,
      actor: names.get(r.actorId) ?? "unknown",
      createdAt: r.createdAt.toISOString(),
      ...s,
      evidence: keep(s.evidence),
    };
  });
  return { reconciliation, history };
}

const STALE =
  "Someone else saved this reconciliation since you loaded it; nothing of yours was saved. Reload to see their version, then apply your change again.";

/**
 * Record a reviewer's outcome. Optimistic: `input.version` must be the stored version (0 when
 * none exists yet); the version check, the proposition's status, the reconciliation and its
 * history revision change together in one transaction, or not at all. Of two reviewers
 * saving the same version, one wins and the other gets 409 with the current reconciliation.
 */
export async function saveReconciliation(scope: ProjectScope, propositionId: string, input: ReconciliationInput): Promise<number> {
  if (!scope.can("propositions:manage")) throw forbidden("Only reviewers and managers can record a reconciliation.");
  const proposition = await propositionInScope(scope, propositionId);
  const blocked = explainNotReconcilable(proposition.status);
  if (blocked) throw conflict(blocked);

  const evidence = [...new Set(input.evidence)];
  if (evidence.length) {
    const linked = await db.propositionLink.findMany({
      where: { propositionId, annotationId: { in: evidence } },
      select: { annotationId: true },
    });
    const linkedIds = new Set(linked.map((l) => l.annotationId));
    const stray = evidence.find((id) => !linkedIds.has(id));
    if (stray) throw invalid(`Evidence must be mentions linked to this proposition; "${stray}" is not.`, "evidence");
  }
  const snapshot: Snapshot = { status: input.status, verdict: input.verdict, summary: input.summary, rationale: input.rationale, evidence };
  const data = { ...snapshot, evidence: JSON.stringify(evidence), updatedById: scope.actor.id };
  try {
    return await db.$transaction(async (tx) => {
      // Writes first: SQLite takes the write lock on the first write, so the version check
      // below sees every transaction committed before it (no stale read snapshot).
      const moved = await tx.proposition.updateMany({
        where: { id: propositionId, status: { in: ["open", "contested", "reconciled"] } },
        data: { status: input.status },
      });
      if (moved.count === 0) throw conflict("This proposition was retired or merged meanwhile; reload it.");
      const previous = await tx.reconciliation.findUnique({ where: { propositionId }, select: { evidence: true } });
      await recordEvidenceEvents(tx, {
        actorId: scope.actor.id,
        proposition,
        before: previous ? parseIds(previous.evidence) : [],
        after: evidence,
      });
      let version: number;
      if (input.version === 0) {
        await tx.reconciliation.create({ data: { propositionId, ...data, version: 1 } }); // unique propositionId: a second "first save" fails
        version = 1;
      } else {
        const { count } = await tx.reconciliation.updateMany({
          where: { propositionId, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw conflict(STALE);
        version = input.version + 1;
      }
      await tx.reconciliationRevision.create({
        data: { propositionId, version, snapshot: JSON.stringify(snapshot), actorId: scope.actor.id },
      });
      return version;
    });
  } catch (e) {
    if (isUniqueViolation(e) || (e instanceof AppError && e.message === STALE)) {
      const current = await db.reconciliation.findUnique({ where: { propositionId }, select: { version: true } });
      throw conflict(STALE, { version: current?.version ?? 0 });
    }
    throw e;
  }
}
