import "server-only";
import { db } from "../db/db";

/**
 * A cheap detector of span writes, for caches derived from spans (agreement, the string-match
 * lexicon): span and history row ids only grow, and the count catches deletions. Database-wide
 * on purpose: each part is an index lookup, not a scan of a project's spans. The count is its
 * own statement: inside one SELECT of subqueries SQLite loses its fast count(*) path.
 */
export async function spanChangeStamp(): Promise<unknown[]> {
  return Promise.all([
    db.$queryRaw<unknown[]>`SELECT (SELECT max(rowid) FROM AnnotationEvent) AS e, (SELECT max(rowid) FROM Annotation) AS a`,
    db.$queryRaw<unknown[]>`SELECT count(*) AS n FROM Annotation`,
  ]);
}

/** A stamp's parts as one comparable string (SQLite answers counts as bigint). */
export function stampKey(parts: unknown[]): string {
  return JSON.stringify(parts, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));
}
