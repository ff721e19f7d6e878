import "server-only";
import { db } from "../db/db";
import { rawDb } from "../db/raw";
import { assertScope, type ProjectScope } from "../access/guards";
import { forbidden } from "../http/errors";
import type { SuggesterStats } from "@/lib/views/suggester-settings";

// Managers switch suggesters per label (claim, quote, measure, date: the rule suggesters; a
// custom label only through string matching) and string matching as a whole ("match"), and
// see how often each suggester's suggestions were accepted.

export const MATCH_KEY = "match";

export async function disabledSuggesters(projectId: string): Promise<Set<string>> {
  const rows = await db.suggesterSetting.findMany({ where: { projectId, enabled: false }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}

function requireManager(scope: ProjectScope): void {
  assertScope(scope);
  if (!scope.can("project:edit")) throw forbidden("Only a project manager can change or see suggester settings.");
}

/** One row per label plus string matching, with decision counts by suggester. */
export async function suggesterOverview(scope: ProjectScope): Promise<SuggesterStats[]> {
  requireManager(scope);
  const [labels, off, decisions] = await Promise.all([
    db.label.findMany({ where: { projectId: scope.projectId }, orderBy: { sortOrder: "asc" }, select: { key: true } }),
    disabledSuggesters(scope.projectId),
    rawDb().all<{ source: string; decision: string; n: number }>(
      `SELECT s.source AS source, s.decision AS decision, count(*) AS n
       FROM SuggestionDecision s JOIN Document d ON d.id = s.documentId
       WHERE d.projectId = ? GROUP BY s.source, s.decision`,
      scope.projectId,
    ),
  ]);
  const count = (key: string, decision: string) => Number(decisions.find((d) => d.source === key && d.decision === decision)?.n ?? 0);
  return [...labels.map((l) => l.key), MATCH_KEY].map((key) => {
    const accepted = count(key, "accepted");
    const rejected = count(key, "rejected");
    return { key, enabled: !off.has(key), accepted, rejected, acceptance: accepted + rejected ? accepted / (accepted + rejected) : null };
  });
}

export async function setSuggesters(scope: ProjectScope, enabled: Record<string, boolean>): Promise<void> {
  requireManager(scope);
  await db.$transaction(
    Object.entries(enabled).map(([key, on]) =>
      db.suggesterSetting.upsert({
        where: { projectId_key: { projectId: scope.projectId, key } },
        create: { projectId: scope.projectId, key, enabled: on },
        update: { enabled: on },
      }),
    ),
  );
}
